/** The RFC 9457 body every error answers with (see API.md "General rules"). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { path: string; message: string }[];
}
