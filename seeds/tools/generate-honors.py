#!/usr/bin/env python3
"""Generates seeds/demo/honors.json: the 典型 of 五大连池市 from the report — 32 models; 8 commended
by the province or 黑河市, 14 by 市委、市政府, the others by the city committee or a township;
10 outstanding 五老 featured by the city TV station (马汉前, 张永新 among them), and 王春志, found and
made a model this year. Repeatable: a fixed random seed. Run after generate-volunteers.py.
"""
import json
import random
from pathlib import Path

random.seed(32)
here = Path(__file__).resolve().parent.parent / "demo"
people = json.load(open(here / "volunteers.json", encoding="utf-8"))
by_name = {p["name"]: p["key"] for p in people}

named = ["王春志", "冯林", "马汉前", "张永新"]
others = random.sample([p["key"] for p in people if p["name"] not in named and not p["statusChanges"]], 28)
models = [by_name[n] for n in named] + others
# 8 by the province or 黑河市, 14 by 市委、市政府, 10 by the city committee or a township
named_levels = ["CITY_PARTY_GOVERNMENT", "CITY_COMMITTEE", "PREFECTURE", "PROVINCIAL"]
rest = ["PROVINCIAL"] * 2 + ["PREFECTURE"] * 4 + ["CITY_PARTY_GOVERNMENT"] * 13 + ["CITY_COMMITTEE"] * 5 + ["TOWNSHIP"] * 4
random.shuffle(rest)
levels = named_levels + rest
issuers = {"PROVINCIAL": "黑龙江省关工委", "PREFECTURE": "黑河市关工委", "CITY_PARTY_GOVERNMENT": "中共五大连池市委、市政府",
           "CITY_COMMITTEE": "五大连池市关工委", "TOWNSHIP": "乡镇党委、政府"}
stories = {
    "王春志": "兴安乡老教师。四年如一日，每天往返数十公里，骑摩托车或自驾车接送父母在外务工的留守儿童夏慧志上学，解决了孩子上学交通不便的困难。",
    "冯林": "兴安乡钟山村原农业技术员。与青年农民汤立军、魏平结成帮扶对子，春播、中耕精心指导，两人不但脱贫，还成了种地能手。",
}
honors = []
for key, level in zip(models, levels):
    name = next(p["name"] for p in people if p["key"] == key)
    year = 2016 if name == "王春志" else random.randint(2012, 2016)
    honors.append({"volunteer": key, "level": level, "title": "优秀五老" if level != "TOWNSHIP" else "五老标兵",
                   "awardedOn": f"{year}-0{random.randint(1, 6)}-{random.randint(10, 28)}", "issuer": issuers[level],
                   "story": stories.get(name)})
featured = [by_name["马汉前"], by_name["张永新"]] + random.sample(models[4:], 8)
coverage = [{"volunteer": k, "outlet": "五大连池市电视台", "coveredOn": f"2016-0{random.randint(1, 6)}-{random.randint(10, 28)}",
             "title": "关心下一代 · 优秀五老风采"} for k in featured]
json.dump({"honors": honors, "mediaCoverage": coverage}, open(here / "honors.json", "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(f"honors.json: {len(honors)} models, {len(coverage)} featured on TV")
