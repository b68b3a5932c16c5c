import "server-only";

import { cache } from "react";

import { PrismaAdapter } from "@auth/prisma-adapter";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";

import { clientAddress } from "@/lib/accounts/client-address";
import {
  SESSION_IDLE_SECONDS,
  SESSION_RENEW_SECONDS,
  sessionExpired,
  usesSecureCookies,
} from "@/lib/accounts/session-policy";
import { authenticate } from "@/lib/accounts/credentials";
import { DEFAULT_RETURN_PATH, signInPath } from "@/lib/accounts/return-path";
import { findActiveSession, startSession } from "@/lib/accounts/sessions";
import { signInSchema } from "@/lib/accounts/validations";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { REQUEST_PATH_HEADER } from "@/lib/security/request-checks";

// The one auth module (docs/decisions/0006-server-side-sessions.md): Auth.js with JWT sessions. Each token names a row of
// UserSession (lib/accounts/sessions.ts), checked on every read by getSessionUser, so signing out
// ends that session and a password change or "sign out everywhere" ends them all at once. The
// check is ours, not an Auth.js callback's: Auth.js reads any error in its callbacks as "no
// session" (and clears the cookie), which made a database outage look like being signed out.

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
    /** The UserSession row this token belongs to. */
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The UserSession row this token belongs to. */
    sid?: string;
    /** Seconds since the epoch at sign-in: the start of the absolute lifetime. */
    authTime?: number;
  }
}

/** Raised in authorize(); `code` tells the sign-in action which message to show. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | `throttled:${number}`) {
    super();
    this.code = code;
  }
}

export function requestAddress(requestHeaders: Headers): string {
  return clientAddress(requestHeaders.get("x-forwarded-for"), env.TRUSTED_PROXY_COUNT);
}

const oauthProviders = [
  ...(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
    ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })]
    : []),
  ...(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
    ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })]
    : []),
];

/** The OAuth providers configured in this deployment, for the sign-in page's buttons. */
export const oauthProviderOptions = oauthProviders.map((provider) => ({
  id: provider.id,
  name: provider.name,
}));

const config: NextAuthConfig = {
  // The adapter stores OAuth users and their linked accounts; sessions stay in signed cookies.
  adapter: PrismaAdapter(db),
  secret: env.AUTH_SECRET,
  // Self-hosted behind our own proxy: URLs come from the request's host.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_RENEW_SECONDS },
  useSecureCookies: usesSecureCookies(env),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await authenticate(db, { ...parsed.data, address: requestAddress(request.headers) });
        if (result.ok) return result.user;
        throw new SignInRefused(result.reason === "throttled" ? `throttled:${result.waitMs}` : "invalid");
      },
    }),
    ...oauthProviders,
  ],
  callbacks: {
    async jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user?.id) {
        // Sign-in (by password or OAuth): a new server-side session, named in the token.
        const requestHeaders = await headers();
        token.sid = await startSession(db, {
          userId: user.id,
          userAgent: requestHeaders.get("user-agent"),
          address: requestAddress(requestHeaders),
        });
        token.authTime = now;
        return token;
      }
      // Without the database: whether the row still exists is getSessionUser's check.
      if (!token.sub || !token.sid || sessionExpired(token.authTime, now)) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = token.sid;
      return session;
    },
  },
  logger: {
    error(error) {
      // A refused sign-in is an expected outcome, not a server fault worth a stack trace.
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
};

const nextAuth = NextAuth(config);

export const { handlers, signIn, signOut } = nextAuth;

export interface SessionUser {
  id: string;
  name: string | null;
  email: string | null;
  /** This browser's session, for signing out of it alone. */
  sessionId: string;
}

/**
 * The signed-in user of this request, or null. Cached per request: one session check per render.
 * The name and email are read fresh with the check, so a profile change shows at once. A database
 * error is thrown (proxy.ts and the API answer 503), never taken for "signed out".
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await nextAuth.auth();
  const userId = session?.user.id;
  const sessionId = session?.sessionId;
  if (!userId || !sessionId) return null;
  const active = await findActiveSession(db, { sessionId, userId });
  if (!active) return null;
  return { id: userId, name: active.name, email: active.email, sessionId };
});

/**
 * The signed-in user, or a redirect to sign-in that returns to the page being rendered afterwards
 * (its path comes from proxy.ts; a server action returns to the page it was posted from).
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath((await headers()).get(REQUEST_PATH_HEADER) ?? DEFAULT_RETURN_PATH));
  return user;
}

/** For the sign-in and sign-up pages: a signed-in visitor goes on to where they were headed. */
export async function requireAnonymous(destination: string): Promise<void> {
  if (await getSessionUser()) redirect(destination);
}

/** The address of the client of the current request (server actions). */
export async function currentAddress(): Promise<string> {
  return requestAddress(await headers());
}

/**
 * For a page whose user row is gone although the session check passed a moment earlier (the
 * account was deleted in between, say in another tab): its sessions went with it, so sign in again.
 */
export function accountGone(): never {
  redirect("/sign-in");
}
