# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Tests, screenshots and benchmarks draw offscreen; `make run` opens a real window.
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint typecheck unit verify bench screenshots translations package \
	package-check clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: set up and start the app on the embedded demo service
run: $(STAMP)
	$(PY) -m yjfield demo

## test: set up, lint, type-check and run the whole suite
test: lint typecheck unit

lint: $(STAMP)
	$(VENV)/bin/ruff check yjfield tests bench packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy yjfield

unit: $(STAMP)
	$(OFFSCREEN) $(PY) -m pytest -p no:cacheprovider

## verify: the long trials (hundreds of crashes and faults), separate from make test;
## prints the proving ground's table and fails unless every count in it is 0
VERIFY_TESTS := tests/store/test_crash_safety.py tests/sync/test_crash_trials.py \
	tests/sync/test_network_trials.py tests/server/test_hostile_input.py \
	tests/sync/test_hostile_server.py tests/server/test_authorisation.py \
	tests/sync/test_guarantees.py tests/sync/test_guarantee_7_compartments.py \
	tests/sync/test_stateful.py tests/server/test_write_matrix.py
verify: $(STAMP)
	$(OFFSCREEN) YJFIELD_VERIFY=1 YJFIELD_STATEFUL_EXAMPLES=200 $(PY) -m pytest -p no:cacheprovider \
		--timeout=3600 --durations=0 \
		$(VERIFY_TESTS)

## bench: print the speed figures
bench: $(STAMP)
	$(PY) bench/store.py
	$(PY) bench/sync.py
	$(PY) bench/load.py
	$(OFFSCREEN) $(PY) bench/ui.py

## screenshots: PNGs of the main screens into docs/screenshots (offscreen)
screenshots: $(STAMP)
	$(OFFSCREEN) $(PY) -m yjfield.ui.screenshots

## translations: refresh resources/translations/*.ts from the code and compile them
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(shell find yjfield/ui -name "*.py" | sort) -ts resources/translations/yjfield_cy.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/yjfield_cy.ts \
		-qm resources/translations/yjfield_cy.qm

PACKAGE_STAMP := $(VENV)/.package-stamp
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

## package: build the one-folder app bundle for this OS into dist/yjfield (PyInstaller)
package: $(PACKAGE_STAMP)
	rm -rf build/yjfield dist/yjfield
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
		packaging/yjfield.spec

## package-check: build the bundle, run its --self-test with no display, print its figures
package-check: package
	$(PY) packaging/check.py dist/yjfield

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
