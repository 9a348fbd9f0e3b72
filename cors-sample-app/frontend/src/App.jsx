import { useEffect, useState } from 'react';
import { API_URL, createNote, deleteNote, listNotes, onApiCall, signIn as startSession, signOut as endSession, updateNote } from './api.js';
import { describeCreated, describeFailure } from './outcome.js';
import { describeCall, withEntry } from './callLog.js';
import { loadSession, saveSession } from './session.js';
import { LoginForm } from './LoginForm.jsx';
import { NoteForm } from './NoteForm.jsx';
import { NoteList } from './NoteList.jsx';
import { RequestLog } from './RequestLog.jsx';
import { StatusLine } from './StatusLine.jsx';

export function App() {
  const [session, setSession] = useState(loadSession);
  const [notes, setNotes] = useState([]);
  const [outcome, setOutcome] = useState(null);
  const [requestLog, setRequestLog] = useState([]);

  // Subscribed before the first load below, so that the log shows it too.
  useEffect(
    () =>
      onApiCall((call) =>
        setRequestLog((log) => withEntry(log, describeCall(call, { apiUrl: API_URL, pageOrigin: window.location.origin }))),
      ),
    [],
  );

  // Runs one API action and reports how it went; resolves to whether it succeeded, so forms know to reset.
  async function attempt(action, describeSuccess) {
    try {
      setOutcome(describeSuccess(await action()));
      return true;
    } catch (error) {
      setOutcome(describeFailure(error));
      return false;
    }
  }

  async function reloadNotes() {
    const loaded = await listNotes();
    setNotes(loaded);
    return loaded;
  }

  useEffect(() => {
    attempt(reloadNotes, (loaded) => ({ kind: 'ok', text: `Loaded ${loaded.length} notes` }));
  }, []);

  function changeSession(next) {
    saveSession(next);
    setSession(next);
  }

  const signIn = (username, password) =>
    attempt(
      async () => changeSession({ username, ...(await startSession(username, password)) }),
      () => ({ kind: 'ok', text: `Signed in as ${username}` }),
    );

  const signOut = () =>
    attempt(
      async () => {
        await endSession();
        changeSession(null);
      },
      () => ({ kind: 'ok', text: 'Signed out: editing and deleting will now get a 401' }),
    );

  const add = (text) =>
    attempt(async () => {
      const created = await createNote(text);
      await reloadNotes();
      return created;
    }, describeCreated);

  const save = (id, text) =>
    attempt(
      async () => {
        await updateNote(id, text, session?.token);
        await reloadNotes();
      },
      () => ({ kind: 'ok', text: `Saved note ${id}` }),
    );

  const remove = (id) =>
    attempt(
      async () => {
        await deleteNote(id, session?.token);
        await reloadNotes();
      },
      () => ({ kind: 'ok', text: `Deleted note ${id}` }),
    );

  return (
    <main>
      <header>
        <h1>Notes</h1>
        <p className="hint">
          API: <code>{API_URL}</code>, page: <code>{window.location.origin}</code>. The request log below shows which calls
          the browser preflights, and why; the network panel shows the preflights themselves.
        </p>
        <LoginForm session={session} onSignIn={signIn} onSignOut={signOut} />
      </header>
      <StatusLine outcome={outcome} />
      <NoteForm onAdd={add} />
      <NoteList notes={notes} onSave={save} onDelete={remove} />
      <RequestLog entries={requestLog} onClear={() => setRequestLog([])} />
    </main>
  );
}
