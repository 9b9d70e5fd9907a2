/** The cookie that holds a browser's session token (HttpOnly, SameSite=Lax, Secure over HTTPS). */
export const SESSION_COOKIE = "parallax-session";
