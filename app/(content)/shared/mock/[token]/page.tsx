import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { db } from "@/lib/db";
import { getSharedReport } from "@/lib/mock/queries";
import { MockReportView } from "@/components/mock/mock-report";

// A mock report its owner chose to share: no name, no email, no links into their account. A
// revoked or unknown link is a 404.

export const metadata: Metadata = {
  title: "Shared mock interview report",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

export default async function SharedMockPage({ params }: Props) {
  const { token } = await params;
  const report = await getSharedReport(db, token);
  if (!report) notFound();
  return (
    <div className="container-page max-w-4xl py-10 sm:py-12">
      <h1 className="text-title">Mock interview report</h1>
      <p className="mt-3 text-sm text-muted-foreground">Shared by the person who took it.</p>
      <div className="mt-8">
        <MockReportView report={report} personal={false} />
      </div>
    </div>
  );
}
