#!/usr/bin/env python3
"""Generates seeds/demo/pairs.json: the beneficiaries, mentoring pairs and activities of 五大连池市.

The report's pairs: 冯林 (钟山村, retired agricultural technician) with the young farmers 汤立军 and
魏平 — spring sowing and cultivation in 2015, both lifted out of poverty and now skilled farmers
(completed); 王春志 (老教师, 兴安村) driving the left-behind child 夏慧志 to school every school day
(active since 2012, guardian consent recorded). Around them about 150 synthetic pairs across the
city's villages, communities and schools: most active with activities in the first half of 2016, a
few of today's with recent records, a few silent, paused, completed or ended — so lists, the
attention list and the hours look like a real city's. Synthetic people only: no ID or phone numbers.
Repeatable: a fixed random seed. Run after generate-volunteers.py.
"""
import datetime as dt
import json
import random
from pathlib import Path

random.seed(2016)
here = Path(__file__).resolve().parent.parent / "demo"
people = json.load(open(here / "volunteers.json", encoding="utf-8"))
orgs = {o["key"]: o for o in json.load(open(here / "organizations.json", encoding="utf-8"))}
active = [p for p in people if not p["statusChanges"]]
by_org = {}
for p in active:
    by_org.setdefault(p["organization"], []).append(p)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "子涵浩然欣怡宇轩梓萱俊杰雨桐思远嘉怡一鸣佳琪明轩诗涵晨阳若曦博文可欣志强海燕建军丽娜国庆红梅永刚秀兰立新春燕"


def name():
    return random.choice(SURNAMES) + "".join(random.choice(GIVEN) for _ in range(random.choice([1, 2])))


def day(d):
    return d.isoformat()


today = dt.date(2026, 11, 26)
beneficiaries, pairs = [], []


def beneficiary(key, org, nm, gender, birth, category, situation, guardian=None, relation=None, parents=None,
                consent_on=None):
    b = {"key": key, "organization": org, "name": nm, "gender": gender, "birthDate": day(birth), "category": category,
         "situation": situation, "guardianName": guardian, "guardianRelation": relation, "parentsWhereabouts": parents,
         "consent": None}
    if consent_on:
        b["consent"] = {"givenBy": guardian, "givenOn": day(consent_on), "method": "WRITTEN", "noticeVersion": "2016-1"}
    beneficiaries.append(b)
    return key


KINDS = {
    "AGRICULTURAL_GUIDANCE": [("SPRING_SOWING", 3, "指导春播：选种、整地、播种深度"), ("CULTIVATION", 3, "中耕除草，讲解追肥时机"),
                              ("HARVEST", 4, "秋收测产，总结一年的种植")],
    "POVERTY_RELIEF": [("HOME_VISIT", 2, "入户走访，商量增收门路"), ("SPRING_SOWING", 3, "帮助制定种植计划"),
                       ("PHONE_CALL", 0.5, "电话了解近况")],
    "LEFT_BEHIND_CARE": [("HOME_VISIT", 2, "家访，和祖父母交流孩子的学习和生活"), ("SCHOOL_TRANSPORT", 1.5, "接送上学"),
                         ("PHONE_CALL", 0.5, "和在外务工的父母通电话")],
    "STUDY_HELP": [("TUTORING", 2, "辅导数学作业"), ("TUTORING", 2, "辅导语文阅读"), ("HOME_VISIT", 1, "家访")],
    "MORAL_GUIDANCE": [("HOME_VISIT", 1.5, "谈心，讲革命传统故事"), ("OTHER", 2, "参观红色教育基地"), ("PHONE_CALL", 0.5, "电话谈心")],
}


def activities(kind_of_pair, start, end, count):
    days = sorted(random.sample(range((end - start).days + 1), min(count, (end - start).days + 1)))
    rows = []
    for d in days:
        kind, hours, note = random.choice(KINDS[kind_of_pair])
        row = {"occurredOn": day(start + dt.timedelta(days=d)), "kind": kind, "hours": hours, "distanceKm": None,
               "notes": note}
        if kind == "SCHOOL_TRANSPORT":
            row["distanceKm"] = 36
        rows.append(row)
    return rows


# the report's pairs
tang = beneficiary("tanglijun", "wdlc-xinganxiang-zhongshan", "汤立军", "MALE", dt.date(1986, 4, 12), "YOUNG_FARMER",
                   "家庭困难，缺少种植技术")
wei = beneficiary("weiping", "wdlc-xinganxiang-zhongshan", "魏平", "MALE", dt.date(1988, 10, 3), "YOUNG_FARMER",
                  "家庭困难，缺少种植技术")
for b in (tang, wei):
    pairs.append({"volunteer": "fenglin", "beneficiary": b, "type": "AGRICULTURAL_GUIDANCE",
                  "goals": "掌握春播、中耕技术，当年脱贫", "startedOn": "2015-03-01", "plannedEndOn": "2015-12-31",
                  "activities": [
                      {"occurredOn": "2015-04-25", "kind": "SPRING_SOWING", "hours": 4, "distanceKm": None,
                       "notes": "到地里指导大豆、玉米春播：选种、整地、播种深度和密度"},
                      {"occurredOn": "2015-05-06", "kind": "SPRING_SOWING", "hours": 3, "distanceKm": None,
                       "notes": "查看出苗情况，补种"},
                      {"occurredOn": "2015-06-12", "kind": "CULTIVATION", "hours": 4, "distanceKm": None,
                       "notes": "中耕除草，讲解追肥时机和用量"},
                      {"occurredOn": "2015-07-08", "kind": "CULTIVATION", "hours": 3, "distanceKm": None,
                       "notes": "病虫害防治"},
                      {"occurredOn": "2015-09-28", "kind": "HARVEST", "hours": 4, "distanceKm": None,
                       "notes": "秋收测产：亩产明显提高"}],
                  "close": {"status": "COMPLETED", "on": "2015-11-30",
                            "outcomes": ["LIFTED_OUT_OF_POVERTY", "SKILLED_FARMER"],
                            "outcomeNote": None, "reason": "两人脱贫，成了种地能手"}})
xia = beneficiary("xiahuizhi", "wdlc-xinganxiang-xingan", "夏慧志", "FEMALE", dt.date(2007, 9, 1), "LEFT_BEHIND_CHILD",
                  "父母在外务工，家离学校远，上学交通不便", "夏某某", "祖父", "父母在外务工", dt.date(2012, 8, 20))
school_days = []
d = dt.date(2016, 3, 1)
while d <= dt.date(2016, 6, 30):
    if d.weekday() < 5:
        school_days.append({"occurredOn": day(d), "kind": "SCHOOL_TRANSPORT", "hours": 1.5, "distanceKm": 36,
                            "notes": "早送晚接"})
    d += dt.timedelta(days=1)
pairs.append({"volunteer": "wangchunzhi", "beneficiary": xia, "type": "LEFT_BEHIND_CARE",
              "goals": "每天接送上学，关心学习和生活", "startedOn": "2012-09-01", "plannedEndOn": None,
              "activities": school_days, "close": None})

# the city's other pairs
villages = [k for k, o in orgs.items() if o["type"] in ("VILLAGE_GROUP", "COMMUNITY_GROUP", "SCHOOL_GROUP")]
for i in range(150):
    org = random.choice(villages)
    township = orgs[org]["parent"]
    pool = by_org.get(org) or [p for k, ps in by_org.items() if orgs[k].get("parent") == township for p in ps] or active
    mentor = random.choice(pool)
    if mentor["key"] in ("fenglin", "wangchunzhi"):
        continue
    current = i % 10 == 0  # about one in ten is today's
    kind = random.choices(list(KINDS), weights=[30, 20, 25, 15, 10])[0]
    gender = random.choice(["MALE", "FEMALE"])
    if kind in ("LEFT_BEHIND_CARE", "STUDY_HELP", "MORAL_GUIDANCE"):
        birth = (dt.date(2016 if current else 2004, 1, 1) + dt.timedelta(days=random.randint(0, 365 * 6)))
        category = "LEFT_BEHIND_CHILD" if kind == "LEFT_BEHIND_CARE" else random.choice(["STUDENT", "LEFT_BEHIND_CHILD"])
        guardian = random.choice(SURNAMES) + "某某"
        b = beneficiary(f"b{i:03d}", org, name(), gender, birth, category,
                        "父母在外务工，由祖辈照看" if category == "LEFT_BEHIND_CHILD" else "学习有困难",
                        guardian, random.choice(["祖父", "祖母", "外祖母", "母亲"]),
                        "父母在外务工" if category == "LEFT_BEHIND_CHILD" else None,
                        (dt.date(2025, 9, 1) if current else dt.date(2015, 9, 1)))
    else:
        birth = dt.date(random.randint(1976, 1996), random.randint(1, 12), random.randint(1, 28))
        b = beneficiary(f"b{i:03d}", org, name(), gender, birth,
                        "YOUNG_FARMER" if kind == "AGRICULTURAL_GUIDANCE" else "POOR_YOUTH",
                        "缺少种植技术" if kind == "AGRICULTURAL_GUIDANCE" else "家庭困难，需要帮扶")
    if current:
        start = today - dt.timedelta(days=random.randint(60, 300))
        silent = i % 30 == 0
        last = today - dt.timedelta(days=45 if silent else random.randint(0, 10))
        acts = activities(kind, start, last, random.randint(3, 8))
        close = None
    else:
        start = dt.date(2015, random.randint(3, 12), 1)
        acts = activities(kind, dt.date(2016, 1, 4), dt.date(2016, 6, 28), random.randint(3, 9))
        roll = random.random()
        close = None
        if roll < 0.12:
            close = {"status": "COMPLETED", "on": "2016-06-30",
                     "outcomes": ["LIFTED_OUT_OF_POVERTY"] if kind == "POVERTY_RELIEF"
                     else ["SKILLED_FARMER"] if kind == "AGRICULTURAL_GUIDANCE" else ["SCHOOL_PROGRESS"],
                     "outcomeNote": None, "reason": None}
        elif roll < 0.17:
            close = {"status": "ENDED", "on": "2016-06-30", "outcomes": [], "outcomeNote": None,
                     "reason": "帮扶对象外出务工"}
        elif roll < 0.2:
            close = {"status": "PAUSED", "on": "2016-06-30", "outcomes": [], "outcomeNote": None,
                     "reason": "五老陪读进城，暂停帮扶"}
    pairs.append({"volunteer": mentor["key"], "beneficiary": b, "type": kind, "goals": None,
                  "startedOn": day(start), "plannedEndOn": None, "activities": acts, "close": close})

json.dump({"beneficiaries": beneficiaries, "pairs": pairs}, open(here / "pairs.json", "w", encoding="utf-8"),
          ensure_ascii=False, indent=1)
print(len(beneficiaries), "beneficiaries,", len(pairs), "pairs,", sum(len(p["activities"]) for p in pairs), "activities")
