package api

import (
	"context"
	"errors"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/agnomedical/agno/appliance/store"
	"github.com/agnomedical/agno/pkg/auth"
	"github.com/agnomedical/agno/pkg/httpx"
)

// touchEvery bounds how often a session's last activity is written through
// raft: often enough for the 30-minute idle timeout, rarely enough to cost
// nothing per request.
const touchEvery = time.Minute

// keyring returns the JWT keyring, rebuilt when the stored key set changed.
func (s *Server) keyring() (*auth.Keyring, error) {
	stored := s.Store.JWTKeys()
	var sig strings.Builder
	for _, k := range stored {
		sig.WriteString(k.KID)
		sig.WriteString(k.RetiredAt.String())
	}
	s.jwtMu.Lock()
	defer s.jwtMu.Unlock()
	if s.jwt != nil && s.jwtSeen == sig.String() {
		return s.jwt, nil
	}
	var ks []auth.SigningKey
	for _, k := range stored {
		secret, err := s.Ring.UnwrapSecret("jwt|"+k.KID, k.Wrapped)
		if err != nil {
			return nil, err
		}
		ks = append(ks, auth.SigningKey{KID: k.KID, Secret: secret, Created: k.CreatedAt, Retired: k.RetiredAt})
	}
	if len(ks) == 0 {
		return nil, errors.New("no JWT signing key yet (the node is still starting)")
	}
	kr, err := auth.NewKeyring(ks)
	if err != nil {
		return nil, err
	}
	s.jwt, s.jwtSeen = kr, sig.String()
	return kr, nil
}

// EnsureJWTKey creates the first signing key (leader, at start-up).
func (s *Server) EnsureJWTKey(ctx context.Context) error {
	if len(s.Store.JWTKeys()) > 0 {
		return nil
	}
	return s.rotateJWT(ctx, nil)
}

func (s *Server) rotateJWT(ctx context.Context, r *http.Request) error {
	k := auth.NewSigningKey(s.now())
	cmd := &store.Command{Type: store.CmdJWTKeyAdd, At: s.now().UTC(), JWTKey: &store.JWTKeyCmd{KID: k.KID, Wrapped: s.Ring.WrapSecret("jwt|"+k.KID, k.Secret)}}
	if r != nil {
		s.withAudit(r, cmd)
	}
	_, err := s.apply(ctx, cmd)
	return s.writeErr(err)
}

// authenticate checks the bearer token and its session.
func (s *Server) authenticate(r *http.Request) (*principal, error) {
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	if !ok {
		tok, ok = strings.CutPrefix(h, "bearer ")
	}
	if !ok || tok == "" {
		return nil, httpx.Errorf(httpx.CodeAuthFailed, "missing bearer token; sign in at POST /auth/token")
	}
	kr, err := s.keyring()
	if err != nil {
		return nil, err
	}
	now := s.now()
	c, err := kr.Verify(strings.TrimSpace(tok), now)
	if errors.Is(err, auth.ErrTokenExpired) {
		return nil, httpx.Errorf(httpx.CodeTokenExpired, "access token expired; use POST /auth/refresh")
	}
	if err != nil {
		return nil, httpx.Errorf(httpx.CodeAuthFailed, "invalid access token")
	}
	sess, ok := s.Store.SessionByID(c.SessionID)
	if !ok {
		// A valid token for a session this node has not seen: it was
		// signed in through another node and this one lags (just restarted
		// or caught up by snapshot). Catch up once before refusing.
		if err := s.barrier(r.Context()); err == nil {
			sess, ok = s.Store.SessionByID(c.SessionID)
		}
	}
	if ok {
		if t, seen := s.touches.Load(sess.SessionID); seen && t.(time.Time).After(sess.LastSeen) {
			sess.LastSeen = t.(time.Time)
		}
	}
	if !ok || !sess.Active(now, store.IdleTimeout) {
		return nil, httpx.Errorf(httpx.CodeAuthFailed, "session ended (signed out, revoked or idle for more than 30 minutes); sign in again")
	}
	u, ok := s.Store.UserByID(c.UserID)
	if !ok || u.Disabled || u.Role != string(c.Role) {
		return nil, httpx.Errorf(httpx.CodeAuthFailed, "account disabled or changed; sign in again")
	}
	s.touch(sess.SessionID, now)
	return &principal{UserID: u.UserID, Username: u.Username, Role: auth.Role(u.Role), SessionID: sess.SessionID}, nil
}

// touch records activity; at most once a minute per session it is written
// through raft (in the background) so every node sees it.
func (s *Server) touch(sid string, now time.Time) {
	s.touches.Store(sid, now) // local activity, read by authenticate
	s.sweepTouches(now)
	if prev, ok := s.proposed.Load(sid); ok && now.Sub(prev.(time.Time)) < touchEvery {
		return
	}
	s.proposed.Store(sid, now)
	go func() {
		cmd := &store.Command{Type: store.CmdSessionTouch, At: now.UTC(), Session: &store.SessionCmd{SessionID: sid}}
		if _, err := s.apply(context.Background(), cmd); err != nil {
			s.Log.Debug("session touch not recorded", "error", err)
		}
	}()
}

type credentials struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

// readCredentials accepts a form (OAuth2 password style) or JSON.
func (s *Server) readCredentials(r *http.Request) (credentials, error) {
	var c credentials
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/x-www-form-urlencoded" || ct == "multipart/form-data" {
		r.Body = http.MaxBytesReader(nil, r.Body, 64<<10)
		if err := r.ParseForm(); err != nil {
			return c, httpx.Errorf(httpx.CodeInvalidInput, "malformed form body")
		}
		c.Username, c.Password = r.PostForm.Get("username"), r.PostForm.Get("password")
	} else if err := httpx.DecodeJSON(r.Body, 64<<10, &c); err != nil {
		return c, err
	}
	if c.Username == "" {
		return c, httpx.Invalid("username", "username is required")
	}
	if c.Password == "" {
		return c, httpx.Invalid("password", "password is required")
	}
	if len(c.Username) > 128 || len(c.Password) > 1024 {
		return c, httpx.Errorf(httpx.CodeAuthFailed, "invalid username or password")
	}
	return c, nil
}

var errBadLogin = httpx.Errorf(httpx.CodeAuthFailed, "invalid username or password")

func (s *Server) handleToken(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	c, err := s.readCredentials(r)
	if err != nil {
		return err
	}
	select {
	case s.pwSlots <- struct{}{}:
		defer func() { <-s.pwSlots }()
	case <-r.Context().Done():
		return r.Context().Err()
	}
	now := s.now()
	if until := s.Store.LockedUntil(c.Username, now); !until.IsZero() {
		auth.DummyVerify(c.Password) // same cost as any other attempt
		recFrom(r.Context()).entry.Reason = "locked out"
		return httpx.Errorf(httpx.CodeAuthFailed, "too many failed sign-in attempts: sign-in is locked until %s (UTC); ask an administrator to reset the password to unlock sooner", until.UTC().Format(time.RFC3339)).WithDetails("locked_until", until.UTC().Format(time.RFC3339))
	}
	u, found := s.Store.UserByName(c.Username)
	ok := false
	if found {
		ok, _ = auth.VerifyPassword(c.Password, u.PasswordHash)
	} else {
		auth.DummyVerify(c.Password)
	}
	if !ok || u.Disabled {
		s.Metrics.LoginFailures.Inc()
		ar := recFrom(r.Context())
		if found {
			ar.entry.UserID, ar.entry.Role = u.UserID, u.Role
		}
		ar.entry.Result, ar.entry.Reason = "failure", "bad credentials"
		if found && ok && u.Disabled {
			ar.entry.Reason = "account disabled"
		}
		cmd := &store.Command{Type: store.CmdLoginFailed, At: now.UTC(), Login: &store.LoginCmd{Username: c.Username}}
		s.withAudit(r, cmd)
		if _, err := s.apply(r.Context(), cmd); err != nil {
			return s.writeErr(err)
		}
		return errBadLogin
	}
	return s.startSession(w, r, u, now)
}

func (s *Server) startSession(w http.ResponseWriter, r *http.Request, u store.User, now time.Time) error {
	kr, err := s.keyring()
	if err != nil {
		return err
	}
	refresh, hash := auth.NewRefreshToken()
	sid := auth.NewID("ses")
	ar := recFrom(r.Context())
	ar.entry.UserID, ar.entry.Role = u.UserID, u.Role
	cmd := &store.Command{Type: store.CmdSessionCreate, At: now.UTC(), Session: &store.SessionCmd{
		SessionID: sid, UserID: u.UserID, RefreshHash: hash, ExpiresAt: now.Add(auth.RefreshTTL).UTC(), MaxPerUser: auth.MaxConcurrentSessions}}
	s.withAudit(r, cmd)
	res, err := s.apply(r.Context(), cmd)
	if err != nil {
		return s.writeErr(err)
	}
	if res.Err != nil {
		return errBadLogin
	}
	return s.issue(w, kr, u, sid, refresh, now)
}

func (s *Server) issue(w http.ResponseWriter, kr *auth.Keyring, u store.User, sid, refresh string, now time.Time) error {
	access, err := kr.Issue(auth.Claims{UserID: u.UserID, Username: u.Username, Role: auth.Role(u.Role), SessionID: sid, IssuedAt: now, ExpiresAt: now.Add(auth.AccessTTL), ID: auth.NewID("jti")}, now)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{
		"access_token": access, "refresh_token": refresh, "token_type": "bearer",
		"expires_in": int(auth.AccessTTL.Seconds()), "user_id": u.UserID, "role": u.Role,
	})
	return nil
}

func (s *Server) handleRefresh(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	var body struct {
		RefreshToken string `json:"refresh_token"`
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/x-www-form-urlencoded" {
		r.Body = http.MaxBytesReader(nil, r.Body, 64<<10)
		if err := r.ParseForm(); err != nil {
			return httpx.Errorf(httpx.CodeInvalidInput, "malformed form body")
		}
		body.RefreshToken = r.PostForm.Get("refresh_token")
	} else if err := httpx.DecodeJSON(r.Body, 64<<10, &body); err != nil {
		return err
	}
	if body.RefreshToken == "" {
		return httpx.Invalid("refresh_token", "refresh_token is required")
	}
	now := s.now()
	old := auth.HashRefreshToken(body.RefreshToken)
	sess, reused, ok := s.Store.SessionByRefreshHash(old)
	if !ok {
		return httpx.Errorf(httpx.CodeAuthFailed, "invalid refresh token")
	}
	u, _ := s.Store.UserByID(sess.UserID)
	ar := recFrom(r.Context())
	ar.entry.UserID, ar.entry.Role = u.UserID, u.Role
	newTok, newHash := auth.NewRefreshToken()
	cmd := &store.Command{Type: store.CmdSessionRotate, At: now.UTC(), Session: &store.SessionCmd{SessionID: sess.SessionID, OldHash: old, RefreshHash: newHash}}
	if reused {
		ar.entry.Result, ar.entry.Reason = "failure", "refresh token reuse: session family revoked"
	}
	s.withAudit(r, cmd)
	res, err := s.apply(r.Context(), cmd)
	if err != nil {
		return s.writeErr(err)
	}
	switch {
	case errors.Is(res.Err, store.ErrRefreshReuse):
		return httpx.Errorf(httpx.CodeAuthFailed, "refresh token was already used: every token of this sign-in is revoked; sign in again")
	case res.Err != nil:
		return httpx.Errorf(httpx.CodeAuthFailed, "session ended (signed out, revoked, expired or idle); sign in again")
	}
	kr, err := s.keyring()
	if err != nil {
		return err
	}
	return s.issue(w, kr, u, sess.SessionID, newTok, now)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request, _ httprouter.Params) error {
	p := principalFrom(r.Context())
	cmd := &store.Command{Type: store.CmdSessionRevoke, At: s.now().UTC(), Session: &store.SessionCmd{SessionID: p.SessionID, Reason: "signed out"}}
	s.withAudit(r, cmd)
	if _, err := s.apply(r.Context(), cmd); err != nil {
		return s.writeErr(err)
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"message": "signed out"})
	return nil
}

// sweepTouches forgets sessions idle past the timeout, at most every ten
// minutes, so the activity maps do not grow with every session ever seen.
func (s *Server) sweepTouches(now time.Time) {
	last, _ := s.lastSweep.Load().(time.Time)
	if now.Sub(last) < 10*time.Minute || !s.lastSweep.CompareAndSwap(s.lastSweep.Load(), now) {
		return
	}
	s.touches.Range(func(k, v any) bool {
		if now.Sub(v.(time.Time)) > store.IdleTimeout {
			s.touches.Delete(k)
			s.proposed.Delete(k)
		}
		return true
	})
}
