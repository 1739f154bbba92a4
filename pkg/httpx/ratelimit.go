package httpx

import (
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Limiter counts requests per key in fixed one-minute windows. Fixed windows
// make the X-RateLimit-Reset header exact and cost one map entry per active
// key; per-node counting is enough for a clinic-sized cluster.
type Limiter struct {
	Limit  int           // requests per window
	Window time.Duration // usually a minute

	mu      sync.Mutex
	windows map[string]*window
	sweep   time.Time
}

type window struct {
	start time.Time
	count int
}

// NewLimiter returns a limiter of limit requests per minute.
func NewLimiter(limit int) *Limiter {
	return &Limiter{Limit: limit, Window: time.Minute, windows: map[string]*window{}}
}

// Decision is the outcome of one Allow call, with what the headers need.
type Decision struct {
	Allowed   bool
	Limit     int
	Remaining int
	Reset     time.Time
}

// Allow counts one request for key at now.
func (l *Limiter) Allow(key string, now time.Time) Decision {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.sweep) > l.Window {
		for k, w := range l.windows {
			if now.Sub(w.start) >= l.Window {
				delete(l.windows, k)
			}
		}
		l.sweep = now
	}
	w := l.windows[key]
	if w == nil || now.Sub(w.start) >= l.Window {
		w = &window{start: now.Truncate(time.Second)}
		l.windows[key] = w
	}
	d := Decision{Limit: l.Limit, Reset: w.start.Add(l.Window)}
	if w.count < l.Limit {
		w.count++
		d.Allowed = true
	}
	d.Remaining = l.Limit - w.count
	return d
}

// SetHeaders writes the X-RateLimit-* headers (and Retry-After when refused).
func (d Decision) SetHeaders(w http.ResponseWriter, now time.Time) {
	h := w.Header()
	h.Set("X-RateLimit-Limit", strconv.Itoa(d.Limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(d.Remaining))
	h.Set("X-RateLimit-Reset", strconv.FormatInt(d.Reset.Unix(), 10))
	if !d.Allowed {
		secs := int(d.Reset.Sub(now).Seconds() + 0.999)
		if secs < 1 {
			secs = 1
		}
		h.Set("Retry-After", strconv.Itoa(secs))
	}
}
