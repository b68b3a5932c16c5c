import { apiError } from "@/lib/api/responses";

// Any /api address no route handles: the API answers in JSON even when there is nothing there,
// instead of the site's HTML 404 page.
const nothingHere = () => Promise.resolve(apiError(404, "There is nothing at this address."));

export const GET = nothingHere;
export const POST = nothingHere;
export const PUT = nothingHere;
export const PATCH = nothingHere;
export const DELETE = nothingHere;
