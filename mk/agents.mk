# Clinical agents (appliance/agents): tests and the offline vignette evaluation.
# Included from the top-level Makefile.

VIGNETTES ?= ../shared/data/vignettes/dev.jsonl
VIGNETTE_SPLIT ?= all

.PHONY: agents-test vignette-eval-offline

agents-test:
	go test ./appliance/agents/... ./tools/vignetteeval/...

vignette-eval-offline:
	go run ./tools/vignetteeval -offline -data $(VIGNETTES) -split $(VIGNETTE_SPLIT)

# Vignette evaluation through the API of a fresh node (scripts/vignette-eval.sh
# starts it with rate limits off, runs tools/vignetteeval, stops it).
# Extra flags: make vignette-eval VIGNETTE_FLAGS="-v -c 4"
EXTRA_HELP += vignette-eval vignette-eval-offline
.PHONY: vignette-eval
vignette-eval: build
	@VIGNETTES=$(VIGNETTES) scripts/vignette-eval.sh -split $(VIGNETTE_SPLIT) $(VIGNETTE_FLAGS)
