import { site } from "@/lib/site";
import { Link } from "@/components/ui/link";

const footerLinks = [
  { href: "/methodology", label: "Methodology" },
  { href: "/roles", label: "Roles" },
  { href: "/compare", label: "Compare" },
  { href: "/questions", label: "Questions" },
] as const;

export function SiteFooter() {
  return (
    // Unseen until its last element has been read: on a short page the footer sits at the bottom of
    // the window (mt-auto), so while a page that comes in pieces was still being read into it, each
    // line that came in pushed its top up (a layout shift; e2e/progressive-render.spec.ts tests it).
    <footer className="mt-auto border-t bg-card not-has-[[data-slot=footer-end]]:invisible print:hidden">
      <div className="container-page grid gap-8 py-10 sm:grid-cols-[minmax(0,1fr)_auto] sm:gap-12">
        <div className="grid max-w-2xl gap-3 text-sm text-muted-foreground">
          <p className="font-semibold text-foreground">{site.name}</p>
          <p>
            An open-source interview-prep app for people preparing for Data Scientist and Machine Learning
            Engineer interviews. Every market figure names its source and the date it describes.
          </p>
          <p>
            <span className="font-medium text-foreground">Data sources:</span> each role and comparison page
            lists the published analyses behind its numbers, with publisher and data month.{" "}
            <Link href="/methodology" className="link">
              How we use them
            </Link>
            .
          </p>
        </div>

        <nav aria-label="Footer">
          <ul className="grid gap-1 text-sm">
            {footerLinks.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-flex min-h-8 items-center rounded-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <span data-slot="footer-end" hidden />
    </footer>
  );
}
