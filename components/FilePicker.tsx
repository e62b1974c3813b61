/** A labelled file input that hands over the chosen file's text, then clears itself for the next pick. */
export function FilePicker({
  label,
  accept,
  onText,
  class: className,
}: {
  label: string;
  accept: string;
  onText(text: string): Promise<void>;
  class?: string;
}) {
  const pick = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file)
      void file
        .text()
        .then(onText)
        .finally(() => (input.value = ''));
  };
  return (
    <label class={className}>
      {label} <input type="file" accept={accept} onChange={(e) => pick(e.currentTarget)} />
    </label>
  );
}
