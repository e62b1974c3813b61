/**
 * Offers text as a file to save, as a download from the extension page (popup, options). The link
 * is in the document while it is clicked: Firefox ignores a click on a detached link.
 */
export interface OfferedFile {
  filename: string;
  mime: string;
  text: string;
}

export function offerFile(file: OfferedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = Object.assign(doc.createElement('a'), { href: url, download: file.filename });
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
