// HMAC-SHA256 with WebCrypto (crypto.subtle): the same code signs in Node, browsers and Workers.

const utf8 = new TextEncoder();

/** HMAC-SHA256 of a message under a key, both UTF-8 text. */
export const hmacSha256 = async (key: string, message: string): Promise<Uint8Array> => {
  const k = await crypto.subtle.importKey("raw", utf8.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", k, utf8.encode(message)));
};

/** Bytes as standard base64 (with padding), as the chat robots' signatures are written. */
export const toBase64 = (bytes: Uint8Array): string => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));

/** Bytes as lowercase hexadecimal. */
export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
