import { useState } from 'react';

export function LoginForm({ session, onSignIn, onSignOut }) {
  const [username, setUsername] = useState('demo');
  const [password, setPassword] = useState('');

  if (session) {
    return (
      <p className="session">
        Signed in as <strong>{session.username}</strong> <button onClick={onSignOut}>Sign out</button>
      </p>
    );
  }
  function submit(event) {
    event.preventDefault();
    onSignIn(username, password);
  }
  return (
    <form className="login" onSubmit={submit}>
      <label>
        Username <input value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" />
      </label>
      <label>
        Password{' '}
        <input
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
        />
      </label>
      <button type="submit">Sign in</button>
      <span className="hint">demo / demo-password (from application.yml)</span>
    </form>
  );
}
