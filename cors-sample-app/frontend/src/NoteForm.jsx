import { useState } from 'react';

export function NoteForm({ onAdd }) {
  const [text, setText] = useState('');

  async function submit(event) {
    event.preventDefault();
    if (await onAdd(text)) setText('');
  }
  // No client-side check for blank text: the API's 400 is part of what the sample shows.
  return (
    <form className="new-note" onSubmit={submit}>
      <label>
        New note <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit">Add note</button>
    </form>
  );
}
