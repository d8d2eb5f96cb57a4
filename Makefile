# vitae: `make setup` on a fresh machine, then `make` rebuilds only what changed.
SOURCES := $(sort $(filter-out %.meta.yaml,$(wildcard resumes/*.md resumes/*.txt resumes/*.json resumes/*.yaml)))
NAMES   := $(basename $(notdir $(SOURCES)))
PDFS    := $(addprefix out/,$(addsuffix .pdf,$(NAMES)))
VITAE   := node bin/vitae.js
DIST    := dist/src/cli.js

.PHONY: all setup test clean
all: $(PDFS)

# Installs system packages (only the missing ones), npm dependencies, compiles, and builds every résumé.
setup:
	bash scripts/install-system-deps.sh
	npm ci --no-audit --no-fund
	$(MAKE) all

$(DIST): $(wildcard src/*.ts src/*/*.ts) tsconfig.json package.json
	npx tsc -p tsconfig.json
	@touch $@

# One rule per source extension: each résumé depends on its source, its sidecar if any, the theme and vitae itself.
THEME_FILES := $(wildcard templates/*/* templates/*/partials/*)
define resume_rule
out/%.pdf: resumes/%.$(1) $(THEME_FILES) $(DIST)
	$(VITAE) build $$< --out out --quiet
endef
$(foreach ext,md txt json yaml,$(eval $(call resume_rule,$(ext))))

test:
	npm test

clean:
	rm -rf out dist
