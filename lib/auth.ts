import "server-only";

import { cache } from "react";

import { PrismaAdapter } from "@auth/prisma-adapter";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import NextAuth, { AuthError, CredentialsSignin, type NextAuthConfig } from "next-auth";
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
import { DEFAULT_RETURN_PATH, signInPath } from "@/lib/accounts/return-path";
import { setSignedInHint, setStepCookie } from "@/lib/accounts/auth-cookies";
import { recordSecurityEvent } from "@/lib/accounts/security-events";
import { authSecrets } from "@/lib/accounts/server-secrets";
import { endSession, findActiveSession, startSession } from "@/lib/accounts/sessions";
import { CHALLENGE_COOKIE, CHALLENGE_TTL_MS, createChallenge } from "@/lib/accounts/sign-in-challenge";
import { issueTicket, readTicket, type SignInMethod } from "@/lib/accounts/sign-in-ticket";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { REQUEST_PATH_HEADER } from "@/lib/security/request-checks";

// The one auth module (docs/decisions/0006-server-side-sessions.md): Auth.js with JWT sessions. Each token names a row of
// UserSession (lib/accounts/sessions.ts), checked on every read by getSessionUser, so signing out
// ends that session and a password change or "sign out everywhere" ends them all at once. The
// check is ours, not an Auth.js callback's: Auth.js reads any error in its callbacks as "no
// session" (and clears the cookie), which made a database outage look like being signed out.

declare module "next-auth" {
  interface User {
    /** How this sign-in was made, for the security log (set by the ticket provider). */
    signInMethod?: SignInMethod;
  }
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

export function requestAddress(requestHeaders: Headers): string {
  return clientAddress(requestHeaders.get("x-forwarded-for"), env.TRUSTED_PROXY_COUNT);
}

/** Who is asking, as the security log records it: the raw User-Agent and the client address. */
export interface RequestContext {
  userAgent: string | null;
  address: string;
}

export function requestContextOf(requestHeaders: Headers): RequestContext {
  return { userAgent: requestHeaders.get("user-agent"), address: requestAddress(requestHeaders) };
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
  // The previous secret too, during a rotation: cookies it signed stay readable until they expire.
  secret: authSecrets(),
  // Self-hosted behind our own proxy: URLs come from the request's host.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_RENEW_SECONDS },
  useSecureCookies: usesSecureCookies(env),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    // Every sign-in that is not OAuth: our actions check the password, code, passkey or mailed
    // link, then hand Auth.js a ticket (lib/accounts/sign-in-ticket.ts). A request to this
    // provider's callback without a ticket our server made signs no one in.
    Credentials({
      id: "ticket",
      credentials: { ticket: {} },
      async authorize(credentials) {
        const ticket = readTicket(credentials.ticket);
        if (!ticket) return null;
        const user = await db.user.findUnique({
          where: { id: ticket.userId },
          select: { id: true, name: true, email: true },
        });
        return user ? { ...user, signInMethod: ticket.method } : null;
      },
    }),
    ...oauthProviders,
  ],
  callbacks: {
    // An OAuth sign-in to an account with two-factor on is only the first step (ASVS 6.3.4): the
    // provider vouches for the person as a password would, and the code is still asked for.
    async signIn({ user, account }) {
      if (!account || account.provider === "ticket" || !user.id) return true;
      const row = await db.user.findUnique({ where: { id: user.id }, select: { twoFactorEnabledAt: true } });
      if (!row?.twoFactorEnabledAt) return true;
      const token = await createChallenge(db, user.id, account.provider);
      await setStepCookie(CHALLENGE_COOKIE, token, { path: "/sign-in", maxAgeMs: CHALLENGE_TTL_MS });
      return "/sign-in/two-factor";
    },
    async jwt({ token, user, account }) {
      const now = Math.floor(Date.now() / 1000);
      if (user?.id) {
        // Sign-in (through a ticket or OAuth): a new server-side session, named in the token, and
        // a line in the account's security log.
        const context = requestContextOf(await headers());
        token.sid = await startSession(db, { userId: user.id, ...context });
        await recordSecurityEvent(db, user.id, {
          kind: "sign-in",
          detail: user.signInMethod ?? account?.provider ?? null,
          ...context,
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

export const { handlers, signOut } = nextAuth;

/**
 * Signs this browser in as a user our own checks have just verified (see the ticket provider).
 * Returns false only if the account vanished in between.
 */
export async function signInVerified(userId: string, method: SignInMethod): Promise<boolean> {
  // A new sign-in replaces this browser's session, if it had one (ASVS 7.2.4): its row goes too.
  const current = await getSessionUser().catch(() => null);
  if (current) await endSession(db, current.sessionId);
  try {
    await nextAuth.signIn("ticket", { ticket: issueTicket(userId, method), redirect: false });
    await setSignedInHint(true);
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}

/** OAuth sign-in (the provider buttons): Auth.js redirects to the provider. */
export const signInWithProvider = (provider: string, redirectTo: string) =>
  nextAuth.signIn(provider, { redirectTo });

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

/** The user agent and address of the current request (server actions that log a security event). */
export async function currentRequestContext(): Promise<RequestContext> {
  return requestContextOf(await headers());
}

/**
 * For a page whose user row is gone although the session check passed a moment earlier (the
 * account was deleted in between, say in another tab): its sessions went with it, so sign in again.
 */
export function accountGone(): never {
  redirect("/sign-in");
}
