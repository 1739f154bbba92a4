package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"
)

// writeSet is one raft batch's writes plus the state-machine counters after it.
type writeSet struct {
	index     uint64
	ops       []op
	auditSeq  int64
	auditHash string
	outboxSeq int64
	erased    []string
	events    []Event
	flushed   chan struct{} // a flush request: closed once everything before it is committed
}

// writer applies write sets to DuckDB in group transactions. Raft hands the
// state machine one small batch per commit; DuckDB is slow at many small
// transactions and fast at few large ones, so the writer takes everything
// queued and commits it at once. Durability comes from the raft log: after a
// crash, entries above the committed applied_index are replayed.
type writer struct {
	s  *Store
	ch chan *writeSet

	mu      sync.Mutex
	visible uint64
	notify  chan struct{} // closed and replaced whenever visible moves
	done    chan struct{}
}

func newWriter(s *Store, visible uint64) *writer {
	w := &writer{s: s, ch: make(chan *writeSet, 4096), visible: visible, notify: make(chan struct{}), done: make(chan struct{})}
	go w.run()
	return w
}

func (w *writer) submit(ws *writeSet) { w.ch <- ws }

// flush waits until everything submitted so far is committed.
func (w *writer) flush() {
	ws := &writeSet{flushed: make(chan struct{})}
	w.ch <- ws
	<-ws.flushed
}

// close commits what is queued and stops the writer; waiters wake up and
// look for the store's next writer (after a snapshot restore).
func (w *writer) close() {
	close(w.ch)
	<-w.done
	w.mu.Lock()
	close(w.notify)
	w.notify = closedChan
	w.mu.Unlock()
}

var closedChan = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

func (w *writer) run() {
	defer close(w.done)
	for first := range w.ch {
		group := []*writeSet{first}
	drain:
		for len(group) < 1024 {
			select {
			case ws, ok := <-w.ch:
				if !ok {
					break drain
				}
				group = append(group, ws)
			default:
				break drain
			}
		}
		if err := w.commit(group); err != nil {
			// The database refused a write the cluster already committed:
			// continuing would diverge. Stop; a restart replays from the
			// last committed index.
			panic(fmt.Sprintf("state machine: database write failed: %v", err))
		}
	}
}

func (w *writer) commit(group []*writeSet) error {
	var last *writeSet
	for _, ws := range group {
		if ws.flushed == nil {
			last = ws
		}
	}
	if last != nil {
		if err := w.s.withDB(func(db *sql.DB) error { return writeGroup(db, group, last) }); err != nil {
			return err
		}
		w.mu.Lock()
		w.visible = last.index
		close(w.notify)
		w.notify = make(chan struct{})
		w.mu.Unlock()
		for _, ws := range group {
			for _, ref := range ws.erased {
				if w.s.OnErase != nil {
					w.s.OnErase(ref)
				}
			}
			if h := w.s.onEvent.Load(); h != nil {
				for _, ev := range ws.events {
					(*h)(ev)
				}
			}
		}
	}
	for _, ws := range group {
		if ws.flushed != nil {
			close(ws.flushed)
		}
	}
	return nil
}

func writeGroup(db *sql.DB, group []*writeSet, last *writeSet) (err error) {
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed {
			conn.ExecContext(ctx, "ROLLBACK")
		}
	}()
	// Rows go through DuckDB appenders (no SQL parsing, bulk binding); they
	// join the open transaction, so a rollback drops them too.
	app := &appenders{conn: conn, byTable: map[string]*duckdb.Appender{}}
	defer app.close()
	results := &caseResults{}
	for _, ws := range group {
		for _, o := range ws.ops {
			switch {
			case o.table != "":
				if err := app.append(o.table, o.args); err != nil {
					return err
				}
			case o.result:
				results.add(o.args)
			default:
				// Statements see every earlier row and result.
				if err := app.flush(); err != nil {
					return err
				}
				if err := results.flush(ctx, conn); err != nil {
					return err
				}
				if _, err := conn.ExecContext(ctx, o.query, o.args...); err != nil {
					return fmt.Errorf("%s: %w", firstWords(o.query), err)
				}
			}
		}
	}
	if err := app.flush(); err != nil {
		return err
	}
	if err := results.flush(ctx, conn); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "UPDATE fsm_state SET applied_index=?, audit_seq=?, audit_hash=?, outbox_seq=?", last.index, last.auditSeq, last.auditHash, last.outboxSeq); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return err
	}
	committed = true
	return nil
}

// caseResults batches the group's case results into one UPDATE ... FROM
// VALUES: one statement instead of one per analysed case. A case analysed
// twice in a group keeps its last result.
type caseResults struct {
	order []string
	rows  map[string][]any // case id → (id, status, urgency, analysis_ct, at)
}

func (c *caseResults) add(row []any) {
	if c.rows == nil {
		c.rows = map[string][]any{}
	}
	id := row[0].(string)
	if _, ok := c.rows[id]; !ok {
		c.order = append(c.order, id)
	}
	c.rows[id] = row
}

func (c *caseResults) flush(ctx context.Context, conn *sql.Conn) error {
	const chunk = 200
	for start := 0; start < len(c.order); start += chunk {
		end := min(start+chunk, len(c.order))
		var q strings.Builder
		q.WriteString("UPDATE cases SET status=v.status, urgency=v.urgency, analysis_ct=v.ct, completed_at=v.done_at, updated_at=v.done_at FROM (VALUES ")
		args := make([]any, 0, (end-start)*5)
		for i, id := range c.order[start:end] {
			if i > 0 {
				q.WriteByte(',')
			}
			q.WriteString("(?::VARCHAR, ?::VARCHAR, ?::VARCHAR, ?::BLOB, ?::TIMESTAMPTZ)")
			args = append(args, c.rows[id]...)
		}
		q.WriteString(") AS v(id, status, urgency, ct, done_at) WHERE cases.case_id = v.id AND cases.deleted_at IS NULL")
		if _, err := conn.ExecContext(ctx, q.String(), args...); err != nil {
			return fmt.Errorf("update case results: %w", err)
		}
	}
	c.order, c.rows = c.order[:0], nil
	return nil
}

// appenders holds one DuckDB appender per table for the current group.
type appenders struct {
	conn    *sql.Conn
	byTable map[string]*duckdb.Appender
	order   []string
}

func (a *appenders) append(table string, row []any) error {
	ap := a.byTable[table]
	if ap == nil {
		err := a.conn.Raw(func(dc any) error {
			var err error
			ap, err = duckdb.NewAppenderFromConn(dc.(driver.Conn), "", table)
			return err
		})
		if err != nil {
			return fmt.Errorf("appender for %s: %w", table, err)
		}
		a.byTable[table] = ap
		a.order = append(a.order, table)
	}
	vals := make([]driver.Value, len(row))
	for i, v := range row {
		vals[i] = v
	}
	if err := ap.AppendRow(vals...); err != nil {
		return fmt.Errorf("append to %s: %w", table, err)
	}
	return nil
}

// flush sends buffered rows so statements that follow see them.
func (a *appenders) flush() error {
	for _, t := range a.order {
		if err := a.byTable[t].Flush(); err != nil {
			return fmt.Errorf("flush %s: %w", t, err)
		}
	}
	return nil
}

func (a *appenders) close() {
	for _, t := range a.order {
		a.byTable[t].Close()
	}
}

func firstWords(q string) string {
	f := strings.Fields(q)
	return strings.Join(f[:min(3, len(f))], " ")
}

// WaitVisible waits until the database shows the effects of raft index idx,
// so a client that just wrote reads its own write.
func (s *Store) WaitVisible(ctx context.Context, idx uint64) error {
	for {
		w := s.writerP.Load()
		if w == nil {
			return errors.New("store closed")
		}
		w.mu.Lock()
		v, ch := w.visible, w.notify
		w.mu.Unlock()
		if v >= idx {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
		if ch == closedChan {
			// This writer is gone; a restore installs the next one.
			select {
			case <-time.After(5 * time.Millisecond):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
}
