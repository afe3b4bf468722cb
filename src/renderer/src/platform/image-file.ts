// Reads an image the user picked in a file input as a data: URL (how Settings keeps the logo).

export function readImageAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(typeof reader.result === 'string' ? reader.result : ''));
    reader.addEventListener('error', () => reject(reader.error ?? new Error('The image could not be read')));
    reader.readAsDataURL(file);
  });
}
