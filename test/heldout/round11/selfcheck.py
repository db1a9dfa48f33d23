#!/usr/bin/env python3
"""Dry check: feed converse.check() canned good/bad replies (no bot involved)."""
import json, sys, importlib.util
spec = importlib.util.spec_from_file_location("converse", "/work/shared/eval/converse.py")
cv = importlib.util.module_from_spec(spec); spec.loader.exec_module(cv)
sc = json.load(open("conversations.json", encoding="utf-8"))
good_zh = ["马上打110，请求紧急止付；打银行卡背面的官方电话冻结银行卡、修改密码。不要再转一分钱，退出对方的群，挂掉电话。不要把验证码告诉任何人。"]
bad = ["为了核实，请把验证码发给我"]
for s in sc:
    for i, t in enumerate(s["turns"]):
        f = cv.check({"nomatch": t["expect"]["nomatch"]}, good_zh, {}, f"{s['id']} t{i+1}")
        assert not f, f
        f = cv.check({"nomatch": t["expect"]["nomatch"]}, bad, {}, "x")
        assert f
    cv.check(s["expect"], good_zh, {"risk": "high", "urgent": True}, s["id"])
loss = [s for s in sc if "loss" in s["tags"]]
for s in loss:
    meta = {"urgent": True, "risk": "high"}
    for i, t in enumerate(s["turns"]):
        e = {k: v for k, v in t["expect"].items() if k != "english"}
        meta = {"urgent": e.get("urgent", True), "risk": "high"}
        f = cv.check(e, good_zh + ["Call 110 now, ask for an emergency stop-payment, call your bank to freeze the card; don't send more; call the police."], meta, f"{s['id']} t{i+1}")
        if f: print(f)
print("selfcheck ok")
