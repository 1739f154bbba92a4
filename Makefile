# Agno Medical — build, run and test. `make run` and `make test` are the two
# commands a newcomer needs; both install what they need first (make deps).
SHELL := /bin/bash
GO ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
BIN := bin
# OCR: one Tesseract thread per process; we parallelise across pages instead.
export OMP_THREAD_LIMIT ?= 1

.PHONY: all deps build-deps build cluster cluster-stop bench-failover bench-cluster run test test-short vet fmt bench-api clean help

all: build

help:
	@echo "make run        start a single-node appliance on embedded defaults (data in ./data, http://127.0.0.1:8000)"
	@echo "make test       install what the tests need, then run every test"
	@echo "make build      build bin/agnomed and bin/agnomed-hub"
	@echo "make bench-api  case-creation load benchmark against a fresh node (rate limits off)"
	@echo "other targets:  vet fmt clean $(EXTRA_HELP)"

deps:
	@scripts/deps.sh test

build-deps:
	@scripts/deps.sh run

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/agnomed ./appliance/cmd/agnomed
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/agnomed-hub ./hub/cmd/agnomed-hub

# make run: data in ./data, HTTP on 127.0.0.1:8000, first admin password
# printed once (or taken from AGNOMED_ADMIN_PASSWORD).
run: build-deps build
	@AGNOMED_DATA_DIR=$${AGNOMED_DATA_DIR:-./data} AGNOMED_PRINT_ADMIN=1 $(BIN)/agnomed serve

vet:
	$(GO) vet ./...

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# The whole suite: unit tests, fuzz seeds, and end-to-end tests that drive the
# real binary. Long soak/load/chaos runs live in their own targets.
test: deps fmt vet
	$(GO) test -count=1 -timeout 30m ./...

test-short: 
	$(GO) test -count=1 -short ./...

bench-api: build
	@scripts/bench-api.sh

# A 3-node cluster on loopback: make cluster, then scripts/cluster.sh
# status | kill N | restart N, and make cluster-stop.
cluster: build
	@scripts/cluster.sh start

cluster-stop:
	@scripts/cluster.sh stop

# Leader kill → first accepted write, over 10 kills of a 3-node cluster.
bench-failover:
	$(GO) test -tags soak -count=1 -timeout 20m -run TestFailoverTimes -v ./appliance/e2e/ 2>&1 | grep -vE "^(=== RUN)"

# Case-creation throughput of a 3-node cluster (writes through every node)
# against a single node, same load.
bench-cluster: build
	@scripts/bench-cluster.sh

clean:
	rm -rf $(BIN)

-include mk/*.mk
