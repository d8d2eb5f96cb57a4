# vitae: `make setup` on a fresh machine, then `make` rebuilds only what changed.
SOURCES := $(sort $(filter-out %.meta.yaml,$(wildcard resumes/*.md resumes/*.txt resumes/*.json resumes/*.yaml)))
# `make SHARD=2/4` makes only that shard's part, the sources `vitae build --shard 2/4` would take
ifdef SHARD
SOURCES := $(shell node bin/vitae.js build --shard $(SHARD) --list --force --format json)
endif
NAMES   := $(basename $(notdir $(SOURCES)))
PDFS    := $(addprefix out/,$(addsuffix .pdf,$(NAMES)))
VITAE   := node bin/vitae.js
DIST    := dist/cli/vitae.cjs

.PHONY: all setup test clean
all: $(PDFS)

# Installs system packages (only the missing ones), npm dependencies, compiles, and builds every résumé.
setup:
	bash scripts/install-system-deps.sh
	npm ci --no-audit --no-fund
	$(MAKE) all

$(DIST): $(wildcard src/*.ts src/*/*.ts) tsconfig.json package.json package-lock.json scripts/bundle.mjs
	npm run compile --silent
	@touch $@

# One pattern rule per source extension. Its four targets are made by one run of vitae (so `make -j` never
# builds a résumé twice); it depends on the source, its .meta.yaml sidecar if any, the themes and vitae itself.
# vitae's own cache may find the outputs up to date when only timestamps moved; `touch` then tells make so.
THEME_FILES := $(wildcard templates/*/* templates/*/partials/*)
OUTPUTS = out/$*.json out/$*.html out/$*.pdf out/$*.tex
.SECONDEXPANSION:
define resume_rule
out/%.pdf out/%.json out/%.html out/%.tex: resumes/%.$(1) $$$$(wildcard resumes/%.meta.yaml) $(THEME_FILES) $(DIST)
	$(VITAE) build $$< --out out --quiet
	@touch -c $$(OUTPUTS)
endef
$(foreach ext,md txt json yaml,$(eval $(call resume_rule,$(ext))))

test:
	npm test

clean:
	rm -rf out dist

# The first page of resumes/xueshen.md in each built-in theme, as PNGs for the README.
PREVIEW_THEMES := classic modern academic
.PHONY: previews
previews: $(DIST)
	@mkdir -p docs/previews
	for t in $(PREVIEW_THEMES); do \
	  $(VITAE) build resumes/xueshen.md --theme $$t --format pdf --out out/previews/$$t --quiet && \
	  pdftoppm -png -r 60 -f 1 -l 1 -singlefile out/previews/$$t/xueshen.pdf docs/previews/$$t || exit 1; \
	done
