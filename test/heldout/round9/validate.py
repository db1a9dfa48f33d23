#!/usr/bin/env python3
"""Checks conversations.json: parses, shape, counts, expect keys, regexes compile."""
import json, re, collections, sys
d = json.load(open("/tmp/round9/conversations.json", encoding="utf-8"))
KEYS = {"silent", "risk", "notRisk", "scamType", "urgent", "match", "nomatch", "english", "maxChars", "maxLines"}
TURNK = {"text", "user", "room", "mention", "type", "admin", "name", "expect"}
TYPES = {None, "cyberspace_admin", "police_judiciary", "telecom", "government_other", "customer_service", "bank_finance",
         "loan_credit", "acquaintance", "investment", "task_rebate", "prize", "recovery", "other"}
langs = collections.Counter(); tags = collections.Counter(); nrx = 0; bad = 0
ids = set()
for s in d:
    assert re.fullmatch(r"r9c-\d\d-[a-z0-9-]+", s["id"]), s["id"]
    assert s["id"] not in ids; ids.add(s["id"])
    langs[s["lang"]] += 1; tags.update(s["tags"])
    assert 3 <= len(s["turns"]) <= 4, (s["id"], len(s["turns"]))
    exps = [t.get("expect", {}) for t in s["turns"]] + [s.get("expect", {})]
    assert sum("maxChars" in e for e in exps) == 1, s["id"]
    assert sum("maxLines" in e for e in exps) == 1, s["id"]
    assert "maxChars" not in s["expect"]
    for t in s["turns"]:
        assert set(t) <= TURNK, t
        assert t["text"].strip()
        if t.get("mention"): assert t.get("room"), s["id"]
    if "group" in s["tags"]:
        assert all(t.get("room") for t in s["turns"]), s["id"]
    for e in exps:
        assert set(e) <= KEYS, (s["id"], set(e) - KEYS)
        for k in ("scamType",):
            if k in e: assert set(e[k]) <= TYPES, e[k]
        for k in ("risk", "notRisk"):
            if k in e: assert set(e[k]) <= {"high", "medium", "low", None}
        for rx in e.get("match", []) + e.get("nomatch", []):
            re.compile(rx, re.I | re.S); nrx += 1
    assert len(s["expect"]["nomatch"]) >= 11
    # urgent true on every turn after the first urgent turn
    seen = False
    for i, t in enumerate(s["turns"]):
        u = t.get("expect", {}).get("urgent")
        if u is True: seen = True
        if seen and "handled" not in s["tags"]:
            assert u is True, (s["id"], i + 1)
    # maxChars value by language
    mc = [e["maxChars"] for e in exps if "maxChars" in e][0]
    assert mc == (350 if s["lang"] == "en" else 150), s["id"]
    if s["lang"] == "en": assert s["expect"].get("english") is True
print("scenarios", len(d), dict(langs))
print("tags", dict(sorted(tags.items())))
print("turns", sum(len(s["turns"]) for s in d), "regexes compiled", nrx)
