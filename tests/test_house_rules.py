"""The house rules of CONTRIBUTING.md ("Code") that a machine can check, so they stay true as
the code grows: no module over 450 lines (product, tests and benchmarks), no product function
over 80 lines, a docstring on every public definition in sync/ and connectors/ (the
module, its public classes and functions, and their public methods), and no classifier module
importing another module's private (underscore) names; no test module importing names from
another test module (shared helpers live in helper modules, CONTRIBUTING.md; a table's "rows
are new" check may still import the earlier test modules whole, to read their ROWS); no dict
written out in the product naming one key twice (the later entry silently replaces the earlier:
two merges that each added a `Reason.SPEEDING: (...)` to one wording table lost one's phrases); no module
that compiles with a warning (an invalid escape in a plain string).

classifier/ is held to the sizes but not yet to the docstrings: 67 of its public definitions
have none (add "classifier" to DOCUMENTED once they do)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("classifier", "sync", "connectors")
DOCUMENTED = ("sync", "connectors")
MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 80
# Packages whose modules use only each other's public names (sync/mail_stage.py still imports
# two of sync/mail_page.py's: add "sync" once it does not).
SEALED = ("classifier",)


def _modules(*packages: str) -> Iterator[Path]:
    for package in packages:
        yield from sorted((ROOT / package).rglob("*.py"))


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _undocumented(body: list[ast.stmt], prefix: str = "") -> Iterator[str]:
    """Public classes and functions in `body` (and the public methods of those classes)
    without a docstring; functions nested in functions are private to them."""
    for node in body:
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if node.name.startswith("_"):
            continue
        if ast.get_docstring(node) is None:
            yield f"{prefix}{node.name} (line {node.lineno})"
        if isinstance(node, ast.ClassDef):
            yield from _undocumented(node.body, f"{prefix}{node.name}.")


def test_no_module_is_over_450_lines():
    too_long = {}
    for path in _modules(*PRODUCT, "tests", "benchmarks"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            too_long[str(path.relative_to(ROOT))] = lines
    assert not too_long, f"split these by subject (CONTRIBUTING.md, Code): {too_long}"


def test_no_product_function_is_over_80_lines():
    too_long = {}
    for path in _modules(*PRODUCT):
        for node in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            lines = node.end_lineno - node.lineno + 1
            if lines > MAX_FUNCTION_LINES:
                too_long[f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"] = lines
    assert not too_long, f"split these functions (CONTRIBUTING.md, Code): {too_long}"


def test_public_definitions_in_sync_and_connectors_have_docstrings():
    missing = []
    for path in _modules(*DOCUMENTED):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        if ast.get_docstring(tree) is None:
            missing.append(f"{where}: the module")
        missing += [f"{where}: {name}" for name in _undocumented(tree.body)]
    assert not missing, "say why each exists (CONTRIBUTING.md, Code):\n" + "\n".join(missing)


def _private_imports(tree: ast.AST) -> Iterator[str]:
    """Underscore names taken from another project module: `from classifier.x import _y` (or
    `from .x import _y`), or `m._y` / `classifier.x._y` where the module is imported whole."""
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").split(".")[0] in PRODUCT):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    yield f"{'.' * node.level}{node.module or ''}.{alias.name} (line {node.lineno})"
                modules.add(alias.asname or alias.name)  # may be a module: checked below
        elif isinstance(node, ast.Import):
            # `import classifier.hints` binds `classifier`; `import classifier.hints as h` binds `h`.
            modules.update(a.asname or a.name.split(".")[0] for a in node.names if a.name.split(".")[0] in PRODUCT)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            root = node.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in modules:
                yield f"{ast.unparse(node.value)}.{node.attr} (line {node.lineno})"


def test_no_module_imports_another_modules_private_names():
    found = []
    for path in _modules(*SEALED):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(ROOT)}: {name}" for name in _private_imports(tree)]
    assert not found, "give these a public name in their one home (STYLE.md 9):\n" + "\n".join(found)


def _test_module_imports(tree: ast.AST) -> Iterator[str]:
    """Names imported from a test module (tests/**/test_*.py), which pytest also collects."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module \
                and node.module.rpartition(".")[2].startswith("test_"):
            yield f"{node.module} (line {node.lineno})"


def _repeated_keys(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [ast.unparse(k) for k in node.keys if k is not None]  # None: a ** unpacking
            yield from sorted(f"{k} (line {node.lineno})" for k in set(keys) if keys.count(k) > 1)


def test_no_dict_literal_repeats_a_key():
    found = []
    for path in _modules(*PRODUCT):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(ROOT)}: {key}" for key in _repeated_keys(tree)]
    assert not found, "join the entries under one key:\n" + "\n".join(found)


def test_no_test_module_imports_another_test_module():
    found = []
    for path in _modules("tests"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(ROOT)}: {name}" for name in _test_module_imports(tree)]
    assert not found, "move what they share into a helper module:\n" + "\n".join(found)


def test_the_checks_see_what_they_check():
    """A rule that finds nothing to look at passes for nothing: the walk reaches the code."""
    assert sum(1 for _ in _modules(*PRODUCT)) > 100
    sample = ast.parse("def f():\n    pass\n\nclass C:\n    def m(self):\n        pass\n")
    assert list(_undocumented(sample.body)) == ["f (line 1)", "C (line 4)", "C.m (line 5)"]
    assert [n.name for n in _functions(sample)] == ["f", "m"]
    tables = ast.parse("A = {R.X: (1,), R.Y: (2,), R.X: (3,), **B}\nC = {'k': 1, 'l': 2}\n")
    assert list(_repeated_keys(tables)) == ["R.X (line 1)"]
    imports = ast.parse("from classifier.hints import _A, B\nfrom classifier import text\nimport re\n"
                        "text._x(re._y)\n")
    assert list(_private_imports(imports)) == ["classifier.hints._A (line 1)", "text._x (line 4)"]
    # The forms a first version missed: a relative import, a module reached by its dotted path.
    imports = ast.parse("from .hints import _B\nimport classifier.hints\nimport classifier.text as t\n"
                        "classifier.hints._C(t._d, t.public)\n")
    assert list(_private_imports(imports)) == [".hints._B (line 1)", "classifier.hints._C (line 4)",
                                               "t._d (line 4)"]
    tests = ast.parse("from tests.classifier.test_scope import ROWS\nfrom tests.classifier import invariance\n")
    assert list(_test_module_imports(tests)) == ["tests.classifier.test_scope (line 1)"]
    tests = ast.parse("from .test_scope import ROWS as R\nfrom . import test_scope\n")
    assert list(_test_module_imports(tests)) == ["test_scope (line 1)"]


def test_no_module_compiles_with_a_warning():
    """An invalid escape in a plain string ("\\s" in a docstring quoting a pattern) is a DeprecationWarning on 3.11
    and a SyntaxWarning from 3.12, on the way to an error; a regular expression written without r"" may also mean
    other than it says. Session 33 found one in a docstring; none may come back."""
    import warnings

    warned = {}
    for path in _modules(*PRODUCT, "tests", "benchmarks"):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compile(path.read_text(encoding="utf-8"), str(path), "exec")
            except (SyntaxError, DeprecationWarning, SyntaxWarning) as exc:
                warned[str(path.relative_to(ROOT))] = str(exc)
    assert not warned, warned
