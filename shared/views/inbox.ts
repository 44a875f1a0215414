/** One entry of a staff inbox (GET /v1/work/inbox): the response shape both the notify code and the workbench use. */
export interface InboxEntry {
  key: string;
  matterId: string;
  trackingNo: string;
  type: string;
  at: string;
  note?: string;
  read: boolean;
}
