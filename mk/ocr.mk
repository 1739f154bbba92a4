# Documents / OCR evaluation (appliance/documents). Included by the top Makefile.
# OCR_DIR: folder with truth.jsonl and the documents, relative to the repo root.
OCR_DIR ?= ../shared/data/ocr

.PHONY: ocr-eval ocr-fuzz
ocr-eval: ## CER by kind, lab P/R/F1 and seconds per page on the OCR dev set
	OMP_THREAD_LIMIT=1 go run ./tools/ocreval -dir $(OCR_DIR) $(OCR_EVAL_FLAGS)

ocr-fuzz: ## fuzz the sniffer and the lab parser (60 s each)
	go test ./appliance/documents/ -run '^$$' -fuzz '^FuzzSniff$$' -fuzztime 60s
	go test ./appliance/documents/ -run '^$$' -fuzz '^FuzzExtractLabs$$' -fuzztime 60s
