import { useState } from 'react';

export function NoteList({ notes, onSave, onDelete }) {
  return (
    <ul className="notes">
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} onSave={onSave} onDelete={onDelete} />
      ))}
    </ul>
  );
}

// Edit and Delete show also when signed out, so that the API's 401 can be seen in the page.
function NoteItem({ note, onSave, onDelete }) {
  const [draft, setDraft] = useState(null);

  async function save(event) {
    event.preventDefault();
    if (await onSave(note.id, draft)) setDraft(null);
  }
  if (draft !== null) {
    return (
      <li>
        <form onSubmit={save}>
          <input aria-label={`Text of note ${note.id}`} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li>
      <span className="id">#{note.id}</span> <span className="text">{note.text}</span>
      <button onClick={() => setDraft(note.text)}>Edit</button>
      <button onClick={() => onDelete(note.id)}>Delete</button>
    </li>
  );
}
