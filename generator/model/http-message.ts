/**
 * An example written as an HTTP message (`POST / HTTP/1.1`, `GET https://host/path`,
 * `HTTP/1.1 200 OK`), header lines (`Content-Type: application/json`, `<公共请求参数>`), a blank
 * line, then a JSON body: the body is the example. Its line offset keeps positions in the page.
 */
export interface HttpBody {
  text: string;
  /** Lines before the body within the block. */
  lineOffset: number;
}

const START_LINE = /^\s*(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\S+(?:\s+HTTP\/\d(?:\.\d)?)?|HTTP\/\d(?:\.\d)?\s+\d{3}(?:\s.*)?)\s*$/i;
/** `Name: value`, `Name:value`, or a placeholder for the common headers (`<Common request parameters>`). */
const HEADER_LINE = /^\s*(?:[A-Za-z][A-Za-z0-9-]*\s*:.*|<[^<>]+>)\s*$/;

export function httpMessageBody(text: string): HttpBody | undefined {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i >= lines.length || !START_LINE.test(lines[i])) return undefined;
  i++;
  while (i < lines.length && HEADER_LINE.test(lines[i])) i++;
  // the body follows the blank line that ends the headers
  if (i >= lines.length || lines[i].trim() !== '') return undefined;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i >= lines.length || !/^\s*[{[]/.test(lines[i])) return undefined;
  return { text: lines.slice(i).join('\n'), lineOffset: i };
}
