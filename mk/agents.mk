# Clinical agents (appliance/agents): tests and the offline vignette evaluation.
# Included from the top-level Makefile.

VIGNETTES ?= /work/shared/data/vignettes/dev.jsonl
VIGNETTE_SPLIT ?= all

.PHONY: agents-test vignette-eval-offline

agents-test:
	go test ./appliance/agents/... ./tools/vignetteeval/...

vignette-eval-offline:
	go run ./tools/vignetteeval -offline -data $(VIGNETTES) -split $(VIGNETTE_SPLIT)
