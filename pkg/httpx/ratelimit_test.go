package httpx

import (
	"fmt"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// t0 is deliberately not on a whole second.
var t0 = time.Date(2025, 5, 1, 10, 0, 0, 250_000_000, time.UTC)

func TestLimiterAllowsLimitThenRefuses(t *testing.T) {
	l := NewLimiter(5)
	var reset time.Time
	for i := 1; i <= 5; i++ {
		d := l.Allow("ip:10.0.0.1", t0.Add(time.Duration(i)*time.Second))
		if !d.Allowed {
			t.Fatalf("request %d of 5 refused", i)
		}
		if d.Limit != 5 || d.Remaining != 5-i {
			t.Fatalf("request %d: Limit %d Remaining %d, want 5, %d", i, d.Limit, d.Remaining, 5-i)
		}
		if i == 1 {
			reset = d.Reset
		} else if !d.Reset.Equal(reset) {
			t.Fatalf("Reset moved within one window: %v then %v", reset, d.Reset)
		}
	}
	for i := 0; i < 3; i++ {
		d := l.Allow("ip:10.0.0.1", t0.Add(10*time.Second))
		if d.Allowed || d.Remaining != 0 || d.Limit != 5 {
			t.Fatalf("request over the limit: %+v", d)
		}
		if !d.Reset.Equal(reset) {
			t.Fatalf("refusals report another Reset: %v vs %v", d.Reset, reset)
		}
	}
}

func TestLimiterResetIsTheWindowEnd(t *testing.T) {
	l := NewLimiter(2)
	first := t0.Add(time.Second)
	d := l.Allow("k", first)
	if !d.Reset.After(first) || d.Reset.Sub(first) > time.Minute || d.Reset.Sub(first) < time.Minute-time.Second {
		t.Fatalf("Reset %v is not a minute after the first request %v", d.Reset, first)
	}
	l.Allow("k", first)
	// Refused right up to Reset, allowed from Reset on.
	if d := l.Allow("k", d.Reset.Add(-time.Nanosecond)); d.Allowed {
		t.Fatalf("allowed before the advertised reset")
	}
	next := l.Allow("k", d.Reset)
	if !next.Allowed || next.Remaining != 1 {
		t.Fatalf("at the advertised reset: %+v, want a fresh window", next)
	}
	if !next.Reset.After(d.Reset) {
		t.Fatalf("new window Reset %v not after the old %v", next.Reset, d.Reset)
	}
}

func TestLimiterNewWindowAfterAMinute(t *testing.T) {
	l := NewLimiter(3)
	for i := 0; i < 3; i++ {
		l.Allow("user:1", t0)
	}
	if l.Allow("user:1", t0.Add(30*time.Second)).Allowed {
		t.Fatalf("allowed within the window after the limit")
	}
	d := l.Allow("user:1", t0.Add(61*time.Second))
	if !d.Allowed || d.Remaining != 2 {
		t.Fatalf("after a minute: %+v, want allowed with 2 remaining", d)
	}
	// A full new budget, not a leftover.
	l.Allow("user:1", t0.Add(62*time.Second))
	l.Allow("user:1", t0.Add(63*time.Second))
	if l.Allow("user:1", t0.Add(64*time.Second)).Allowed {
		t.Fatalf("new window gave more than the limit")
	}
}

func TestLimiterKeysAreIndependent(t *testing.T) {
	l := NewLimiter(2)
	for i := 0; i < 5; i++ {
		l.Allow("ip:10.0.0.1", t0)
	}
	d := l.Allow("ip:10.0.0.2", t0)
	if !d.Allowed || d.Remaining != 1 {
		t.Fatalf("a second key was affected by the first: %+v", d)
	}
	if l.Allow("ip:10.0.0.1", t0).Allowed {
		t.Fatalf("first key recovered because of the second")
	}
}

func TestLimiterZeroLimitRefusesAll(t *testing.T) {
	d := NewLimiter(0).Allow("k", t0)
	if d.Allowed || d.Remaining != 0 {
		t.Fatalf("limit 0: %+v", d)
	}
}

func TestLimiterIsSafeForConcurrentUse(t *testing.T) {
	l := NewLimiter(100)
	var allowed atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if l.Allow("shared", t0).Allowed {
					allowed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if allowed.Load() != 100 {
		t.Fatalf("%d of 400 concurrent requests allowed, want exactly 100", allowed.Load())
	}
}

func TestSetHeadersWhenAllowed(t *testing.T) {
	l := NewLimiter(10)
	d := l.Allow("k", t0)
	w := httptest.NewRecorder()
	d.SetHeaders(w, t0)
	h := w.Header()
	if h.Get("X-RateLimit-Limit") != "10" || h.Get("X-RateLimit-Remaining") != "9" {
		t.Fatalf("headers %v", h)
	}
	reset, err := strconv.ParseInt(h.Get("X-RateLimit-Reset"), 10, 64)
	if err != nil || reset != d.Reset.Unix() {
		t.Fatalf("X-RateLimit-Reset %q, want unix seconds %d", h.Get("X-RateLimit-Reset"), d.Reset.Unix())
	}
	if reset <= t0.Unix() || reset > t0.Add(time.Minute).Unix() {
		t.Fatalf("X-RateLimit-Reset %d is not within the next minute of %d", reset, t0.Unix())
	}
	if h.Get("Retry-After") != "" {
		t.Fatalf("Retry-After %q on an allowed request", h.Get("Retry-After"))
	}
}

func TestSetHeadersWhenRefused(t *testing.T) {
	l := NewLimiter(1)
	l.Allow("k", t0)
	for _, after := range []time.Duration{0, time.Second, 30*time.Second + 400*time.Millisecond, 59 * time.Second, 59*time.Second + 700*time.Millisecond} {
		now := t0.Add(after)
		d := l.Allow("k", now)
		if d.Allowed {
			t.Fatalf("+%v: allowed", after)
		}
		w := httptest.NewRecorder()
		d.SetHeaders(w, now)
		ra, err := strconv.Atoi(w.Header().Get("Retry-After"))
		if err != nil {
			t.Fatalf("+%v: Retry-After %q is not whole seconds", after, w.Header().Get("Retry-After"))
		}
		if ra < 1 || ra > 60 {
			t.Fatalf("+%v: Retry-After %d, want 1..60", after, ra)
		}
		// Retrying after Retry-After seconds must succeed (no early retry advice).
		if now.Add(time.Duration(ra) * time.Second).Before(d.Reset) {
			t.Fatalf("+%v: Retry-After %ds ends before the window (reset %v)", after, ra, d.Reset)
		}
		if w.Header().Get("X-RateLimit-Remaining") != "0" || w.Header().Get("X-RateLimit-Limit") != "1" {
			t.Fatalf("+%v: headers %v", after, w.Header())
		}
	}
	// Even at (or past) the reset instant, a refusal says at least 1 second.
	d := Decision{Allowed: false, Limit: 1, Reset: t0}
	for _, now := range []time.Time{t0.Add(-time.Millisecond), t0, t0.Add(5 * time.Second)} {
		w := httptest.NewRecorder()
		d.SetHeaders(w, now)
		if w.Header().Get("Retry-After") != "1" {
			t.Fatalf("Retry-After at reset%+v = %q, want 1", now.Sub(t0), w.Header().Get("Retry-After"))
		}
	}
}

func TestLimiterSweepsStaleKeys(t *testing.T) {
	l := NewLimiter(5)
	for i := 0; i < 1000; i++ {
		l.Allow(fmt.Sprintf("ip:%d", i), t0)
	}
	if n := len(l.windows); n != 1000 {
		t.Fatalf("%d windows, want 1000", n)
	}
	l.Allow("late", t0.Add(2*time.Minute))
	if n := len(l.windows); n != 1 {
		t.Fatalf("%d windows after every other key went stale, want 1", n)
	}
}

func TestLimiterSweepKeepsLiveWindows(t *testing.T) {
	l := NewLimiter(2)
	l.Allow("trigger", t0)                  // first sweep at t0
	l.Allow("busy", t0.Add(50*time.Second)) // window 50s..110s
	l.Allow("busy", t0.Add(50*time.Second)) // exhausted
	l.Allow("other", t0.Add(61*time.Second))
	// A sweep ran at 61s; "busy" is still inside its window and must stay refused.
	if d := l.Allow("busy", t0.Add(70*time.Second)); d.Allowed {
		t.Fatalf("sweeping reset a live window: %+v", d)
	}
	if _, ok := l.windows["trigger"]; ok {
		t.Fatalf("stale key survived the sweep")
	}
}
