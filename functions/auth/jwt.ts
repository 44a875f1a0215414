/** The two parts of jose the session tokens use; tokens.ts imports this module on first use (a lazy, tree-shaken chunk). */
export { SignJWT, jwtVerify } from 'jose';
