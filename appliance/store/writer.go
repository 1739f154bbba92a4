package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
)

// writeSet is one raft batch's writes plus the state-machine counters after it.
type writeSet struct {
	index     uint64
	ops       []op
	auditSeq  int64
	auditHash string
	outboxSeq int64
	erased    []string
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

// close commits what is queued and stops the writer.
func (w *writer) close() {
	close(w.ch)
	<-w.done
}

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
		}
	}
	for _, ws := range group {
		if ws.flushed != nil {
			close(ws.flushed)
		}
	}
	return nil
}

func writeGroup(db *sql.DB, group []*writeSet, last *writeSet) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ins := &inserter{tx: tx}
	for _, ws := range group {
		for _, o := range ws.ops {
			if o.table != "" {
				ins.add(o.table, o.args)
				continue
			}
			if err := ins.flush(); err != nil {
				return err
			}
			if _, err := tx.Exec(o.query, o.args...); err != nil {
				return fmt.Errorf("%s: %w", firstWords(o.query), err)
			}
		}
	}
	if err := ins.flush(); err != nil {
		return err
	}
	if _, err := tx.Exec("UPDATE fsm_state SET applied_index=?, audit_seq=?, audit_hash=?, outbox_seq=?", last.index, last.auditSeq, last.auditHash, last.outboxSeq); err != nil {
		return err
	}
	return tx.Commit()
}

// inserter buffers rows per table and sends multi-row INSERTs. Rows of
// different tables don't depend on each other, so grouping by table is safe;
// statements (updates, deletes) flush first to keep their order.
type inserter struct {
	tx     *sql.Tx
	order  []string
	tables map[string][][]any
}

func (in *inserter) add(table string, row []any) {
	if in.tables == nil {
		in.tables = map[string][][]any{}
	}
	if _, ok := in.tables[table]; !ok {
		in.order = append(in.order, table)
	}
	in.tables[table] = append(in.tables[table], row)
}

func (in *inserter) flush() error {
	for _, table := range in.order {
		rows := in.tables[table]
		const chunk = 256
		for start := 0; start < len(rows); start += chunk {
			end := min(start+chunk, len(rows))
			cols := len(rows[start])
			row := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
			var q strings.Builder
			q.WriteString("INSERT INTO " + table + " VALUES ")
			args := make([]any, 0, (end-start)*cols)
			for i := start; i < end; i++ {
				if i > start {
					q.WriteByte(',')
				}
				q.WriteString(row)
				args = append(args, rows[i]...)
			}
			if _, err := in.tx.Exec(q.String(), args...); err != nil {
				return fmt.Errorf("insert into %s: %w", table, err)
			}
		}
	}
	in.order, in.tables = in.order[:0], nil
	return nil
}

func firstWords(q string) string {
	f := strings.Fields(q)
	return strings.Join(f[:min(3, len(f))], " ")
}

// WaitVisible waits until the database shows the effects of raft index idx,
// so a client that just wrote reads its own write.
func (s *Store) WaitVisible(ctx context.Context, idx uint64) error {
	w := s.writer
	for {
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
	}
}
