#!/usr/bin/env python3
"""Fit the weights of Wharfinger's role facts from labelled traffic.

    fit-role-weights.py DATASET.jsonl [DATASET.jsonl ...] [--folds 5] [--l2 1.0] [--only KIND,...]

Each DATASET is the `dataset.jsonl` that scripts/measure-verdicts.py writes: one line per
TCP connection whose SYN labelled it, read with its handshake removed, with the facts
Wharfinger found (`wharfinger.facts`: kind, the endpoint it names as server, weight).
The facts do not depend on the weights, so any build that prints them will do.

Model: the log-odds that an endpoint is the server is the sum of the weights of the facts
naming it minus those naming the other side (logistic regression without intercept, since
which side is "A" is arbitrary). Fitted by Newton's method, each weight pulled towards a
prior (the hand-set weights below, what the facts were designed to mean) by an L2 penalty:
a kind the data shows often is fitted by the data, a rare one keeps about its prior
instead of collapsing to zero. Settling
kinds (a payload only one role sends, the SSH key exchange, FTP announcements) are then
raised, if needed, above the sum of every other kind, so that no pile of weak facts
outvotes one, and the verdict's confidence is capped at 0.99 as in the product.

It prints, for held-out captures (k folds split by capture, never by connection, each
dataset split on its own): accuracy, the reliability table and the expected calibration
error; then the weights fitted on everything, as the Swift table for
Sources/WharfingerAnalysis/Verdict/RoleWeights.swift. Each dataset counts as much as the
others in the fit (its connections are weighted by 1/its size), so a large generated mix
does not drown real traffic.

--only KIND,... fits those kinds alone; every other kind keeps the weight RoleWeights.swift
gives it now (a new kind fitted without moving the weights that were measured before, e.g.
`--only opening-segment` on the one-sided copies: measure-verdicts.py --one-sided). Settling
kinds are still raised above the others together.
"""
import argparse
import json
import math
import pathlib
import random
import re
import sys

try:
    import numpy as np
except ImportError:      # only the fit needs it; --kinds does not
    np = None

ROLE_FACT_SWIFT = pathlib.Path(__file__).resolve().parent.parent / "Sources/WharfingerAnalysis/Verdict/RoleFact.swift"
ROLE_WEIGHTS_SWIFT = ROLE_FACT_SWIFT.with_name("RoleWeights.swift")


def kinds_from_code(path=ROLE_FACT_SWIFT):
    """The kinds as the product has them, read from RoleFact.swift rather than copied here:
    (kinds in RoleFact's order, their Swift case names, the settling kinds, the port kinds).
    Exits when the file no longer reads as expected, so a change there cannot go unnoticed."""
    text = path.read_text()

    def block(header):
        """The property `header` begins, up to its closing brace."""
        start = text.find(header)
        if start < 0:
            sys.exit(f"{path}: no `{header}`: update kinds_from_code in {__file__}")
        return text[start:text.index("\n    }\n", start)]

    names = re.findall(r'case \.(\w+): "([a-z-]+)"', block("public var name: String"))
    settles = block("public var settles: Bool")
    settling = {case for cases in re.findall(r"case ([^:]+): true", settles) for case in re.findall(r"\.(\w+)", cases)}
    ports = re.search(r"case ([^:]+):\s*\.ports\b", block("public var category: RoleFactCategory"))
    port_cases = set(re.findall(r"\.(\w+)", ports.group(1))) if ports else set()
    swift_case = {name: case for case, name in names}
    known = set(swift_case.values())
    if not names or not settling or not port_cases or not (settling | port_cases) <= known:
        sys.exit(f"{path}: cannot read the kinds (name, settles, category): update kinds_from_code in {__file__}")
    kinds = [name for _, name in names]
    return (kinds, swift_case, {name for case, name in names if case in settling},
            {name for case, name in names if case in port_cases})


KINDS, SWIFT_CASE, SETTLING, PORT_KINDS = kinds_from_code()
# The settling kinds include group-address. A multicast or broadcast address only receives: it
# settles like a payload message (it occurs on no TCP connection, so it is not fitted), and a
# payload message that names the other side ties with it (a DHCP server's reply broadcast to
# 255.255.255.255), so the other facts decide.
CEILING = 0.99
# The priors: what each kind was designed to be worth before any data (see RoleFact). Every
# kind of the code needs one: a kind added there stops the script until it gets its prior.
PRIOR = {"payload-message": 6.0, "payload-likely": 2.5, "ssh-key-exchange": 6.0, "ftp-announcement": 6.0,
         "same-banner-first": 0.5, "banner-echo": 5.0, "known-server": 2.0, "reset-responder": 5.0, "fan-in": 1.5,
         "well-known-port": 1.5, "common-service-port": 1.0, "registered-port": 0.7, "ephemeral-port": 0.7,
         "old-stack-port": 0.3, "lower-port": 0.3, "service-port-pair": 3.0, "first-sender": 0.2, "more-payload": 0.3, "group-address": 0.0,
         "opening-segment": 0.5}
if set(PRIOR) != set(KINDS):
    sys.exit(f"{__file__}: the priors and {ROLE_FACT_SWIFT.name} disagree on the kinds: "
             f"no prior for {sorted(set(KINDS) - set(PRIOR))}, a prior for unknown {sorted(set(PRIOR) - set(KINDS))}")
BINS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001]


def load(path):
    rows = []
    for line in open(path):
        record = json.loads(line)
        facts = record.get("wharfinger", {}).get("facts")
        if facts is None:
            sys.exit(f"{path}: no facts in the data set; measure with a build that prints them")
        server = tuple(record["truth"]["server"])
        x = np.zeros(len(KINDS))
        first_sender_client = None
        for fact in facts:
            if fact["kind"] not in KINDS:
                sys.exit(f"{path}: fact kind {fact['kind']!r} is not one of RoleFact's ({', '.join(KINDS)}): "
                         "a data set from another build? measure again with this one")
            named = (fact["server"]["ip"], fact["server"]["port"]) if isinstance(fact["server"], dict) \
                else tuple(fact["server"])
            x[KINDS.index(fact["kind"])] += 1 if tuple(named) == server else -1
        rows.append((record["capture"], x, record))
    return rows


def weights_from_code(path=ROLE_WEIGHTS_SWIFT):
    """{kind name: weight} as RoleWeights.swift has them now."""
    found = dict(re.findall(r"case \.(\w+): ([0-9.]+)\s*$", path.read_text(), re.M))
    weights = {kind: float(found[case]) for kind, case in SWIFT_CASE.items() if case in found}
    if set(weights) != set(KINDS):
        sys.exit(f"{path}: no weight for {sorted(set(KINDS) - set(weights))}: update weights_from_code in {__file__}")
    return weights


def fit(X, sample_weight, l2, free=None, fixed=None, iterations=50):
    """The weights; with `free` (a boolean per kind) only those are fitted, the others are `fixed`."""
    prior = np.array([PRIOR[k] for k in KINDS])
    free = np.ones(len(KINDS), dtype=bool) if free is None else free
    w = prior.copy() if fixed is None else np.where(free, prior, fixed)
    for _ in range(iterations):
        z = X @ w
        p = 1 / (1 + np.exp(-z))          # P(right side named) for each connection
        gradient = X.T @ (sample_weight * (1 - p)) - l2 * (w - prior)
        hessian = -(X.T * (sample_weight * p * (1 - p))) @ X - l2 * np.eye(X.shape[1])
        step = np.zeros(len(KINDS))
        step[free] = np.linalg.solve(hessian[np.ix_(free, free)], gradient[free])
        w -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    return settle(np.maximum(w, 0.0))


def settle(w):
    """Raise settling kinds above all the others together."""
    w = w.copy()
    # The heaviest pile of non-settling facts: a service port pair's ports are both well-known,
    # common and registered, so of the other port facts only lower-port comes with it.
    weight = dict(zip(KINDS, w))
    pair = weight["service-port-pair"] + weight["lower-port"]
    ports = sum(weight[k] for k in PORT_KINDS if k != "service-port-pair")
    floor = sum(weight[k] for k in KINDS if k not in SETTLING and k not in PORT_KINDS) + max(pair, ports) + 0.5
    for i, k in enumerate(KINDS):
        if k in SETTLING:
            w[i] = max(w[i], floor)
    return w


def predict(X, w):
    """Right (True/False) and the confidence, as the product decides."""
    z = X @ w
    confidence = np.minimum(1 / (1 + np.exp(-np.abs(z))), CEILING)
    confidence[z == 0] = 0.5
    right = z > 0
    return right, confidence


def reliability(right, confidence, label):
    print(f"{label}: {right.mean() * 100:.2f}% right ({right.sum()}/{len(right)})")
    print(f"  {'confidence':<14}{'flows':>7}{'predicted':>11}{'observed':>10}")
    ece = 0.0
    for lo, hi in zip(BINS, BINS[1:]):
        inside = (confidence >= lo) & (confidence < hi)
        n = inside.sum()
        if n == 0:
            continue
        predicted, observed = confidence[inside].mean(), right[inside].mean()
        ece += n / len(right) * abs(predicted - observed)
        print(f"  [{lo:.2f}, {min(hi, 1):.2f}){'' if hi <= 1 else ']'}".ljust(16)
              + f"{n:>5}{predicted:>11.3f}{observed:>10.3f}")
    print(f"  expected calibration error: {ece:.4f}")
    return ece


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("datasets", nargs="*")
    parser.add_argument("--kinds", action="store_true",
                        help="print the kinds read from the code (name, then settling or ports) and stop")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", metavar="KIND,...",
                        help="fit these kinds alone; the others keep RoleWeights.swift's weights")
    args = parser.parse_args()
    if args.kinds:
        for kind in KINDS:
            print(" ".join([kind] + ["settling"] * (kind in SETTLING) + ["ports"] * (kind in PORT_KINDS)))
        return
    if not args.datasets:
        parser.error("no data set (or --kinds)")
    if np is None:
        sys.exit("fitting needs numpy (Debian: apt-get install python3-numpy)")

    free = fixed = None
    if args.only:
        only = args.only.split(",")
        unknown = [k for k in only if k not in KINDS]
        if unknown:
            parser.error(f"--only: no kind {', '.join(unknown)} (see --kinds)")
        free = np.array([k in only for k in KINDS])
        current = weights_from_code()
        fixed = np.array([current[k] for k in KINDS])
        print(f"fitting {', '.join(only)} alone; every other kind keeps its weight in {ROLE_WEIGHTS_SWIFT.name}")
    sets = [load(path) for path in args.datasets]
    for path, rows in zip(args.datasets, sets):
        print(f"{path}: {len(rows)} connections from {len({c for c, _, _ in rows})} captures")

    # Folds by capture: a capture is in the same fold in every data set that has it (the
    # one-sided copies of the corpus hold the same captures as the corpus itself, so a
    # capture held out is held out of all of them). A one-capture set is split by connection
    # order instead, in contiguous blocks, so neighbours stay together.
    fold_of = []
    rng = random.Random(args.seed)
    shared = sorted({c for rows in sets if len({c for c, _, _ in rows}) >= args.folds for c, _, _ in rows})
    rng.shuffle(shared)
    by_capture = {c: i % args.folds for i, c in enumerate(shared)}
    for rows in sets:
        captures = {c for c, _, _ in rows}
        if len(captures) >= args.folds:
            fold_of.append([by_capture[c] for c, _, _ in rows])
        else:
            block = max(1, math.ceil(len(rows) / args.folds))
            fold_of.append([i // block for i in range(len(rows))])

    X = np.array([x for rows in sets for _, x, _ in rows])
    records = [r for rows in sets for _, _, r in rows]
    folds = np.array([f for fs in fold_of for f in fs])
    which = np.array([i for i, rows in enumerate(sets) for _ in rows])
    sample_weight = np.array([len(X) / (len(sets) * len(rows)) for rows in sets for _ in rows])

    right = np.zeros(len(X), dtype=bool)
    confidence = np.zeros(len(X))
    for k in range(args.folds):
        test = folds == k
        w = fit(X[~test], sample_weight[~test], args.l2, free, fixed)
        right[test], confidence[test] = predict(X[test], w)
    print()
    print(f"held out ({args.folds} folds by capture):")
    for i, path in enumerate(args.datasets):
        reliability(right[which == i], confidence[which == i], f"  {path}")

    print()
    print("how often each kind occurs, and how often it names the right server (weighted by data set as in the fit):")
    for i, kind in enumerate(KINDS):
        seen = X[:, i] != 0
        if not seen.any():
            print(f"  {kind:<22} never seen: keeps its prior {PRIOR[kind]}")
            continue
        right_share = (sample_weight[seen] * (X[seen, i] > 0)).sum() / sample_weight[seen].sum()
        print(f"  {kind:<22} {seen.sum():>6} connections, right {right_share * 100:6.2f}%")
    print()
    print("held-out misses (capture, truth server, the facts: + names the truth's server, - the client):")
    for i in np.flatnonzero(~right):
        facts = ", ".join(f"{'+' if v > 0 else '-'}{k}" for k, v in zip(KINDS, X[i]) if v)
        print(f"  {records[i]['capture']}  {records[i]['truth']['server']}  {confidence[i]:.2f}  {facts}")

    w = fit(X, sample_weight, args.l2, free, fixed)
    print()
    print("fitted on everything:")
    for i, path in enumerate(args.datasets):
        r, c = predict(X[which == i], w)
        print(f"  {path}: {r.mean() * 100:.2f}% right")
    print()
    print("        switch fact {")
    for kind, weight in zip(KINDS, w):
        print(f"        case .{SWIFT_CASE[kind]}: {weight:.2f}")
    print("        }")


if __name__ == "__main__":
    main()
