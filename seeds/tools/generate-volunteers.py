#!/usr/bin/env python3
"""Generates seeds/demo/volunteers.json: the 五老 register of 五大连池市 for the demo data set.

Synthetic people (no ID card or phone numbers), consistent with the report's figures:
1286 五老, 900 of them rural; in 2016-H1 45 rural 五老 joined and 15 left (moved to town,
accompanying a grandchild at school, working away), a net increase of 30. The people the report
names are included with what it says of them. Repeatable: a fixed random seed.
"""
import json
import random
from datetime import date, timedelta
from pathlib import Path

random.seed(20160830)
here = Path(__file__).resolve().parent.parent / "demo"
orgs = json.load(open(here / "organizations.json", encoding="utf-8"))
villages = [o["key"] for o in orgs if o["type"] == "VILLAGE_GROUP"]
communities = [o["key"] for o in orgs if o["type"] == "COMMUNITY_GROUP"]
townships = [o["key"] for o in orgs if o["type"] == "TOWNSHIP_COMMITTEE"]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "国建明华文军德志平永春林海成福玉秀英兰凤桂芳淑珍丽荣贵喜庆祥有宝山生才金富昌义安广玲霞云发振兴学忠良"
CATEGORIES = ["VETERAN_CADRE", "VETERAN_SOLDIER", "VETERAN_EXPERT", "VETERAN_TEACHER", "VETERAN_MODEL", "OTHER"]
RURAL_WEIGHTS = [10, 12, 18, 20, 15, 25]
URBAN_WEIGHTS = [35, 15, 15, 25, 8, 2]
OCCUPATIONS = {
    "VETERAN_CADRE": ["村党支部书记", "乡镇干部", "机关干部"],
    "VETERAN_SOLDIER": ["退伍军人", "退役军官"],
    "VETERAN_EXPERT": ["农业技术员", "畜牧兽医", "乡村医生", "林业技术员"],
    "VETERAN_TEACHER": ["小学教师", "中学教师", "村小校长"],
    "VETERAN_MODEL": ["劳动模范", "种粮大户"],
    "OTHER": ["村民", "个体经营者"],
}
SPECIALTIES = {"VETERAN_EXPERT": "农业技术", "VETERAN_TEACHER": "学业辅导", "VETERAN_CADRE": "思想引导",
               "VETERAN_SOLDIER": "革命传统教育", "VETERAN_MODEL": "勤劳致富", "OTHER": None}

used = set()


def name():
    while True:
        n = random.choice(SURNAMES) + "".join(random.choice(GIVEN) for _ in range(random.choice([1, 2, 2])))
        if n not in used:
            used.add(n)
            return n


def person(key, org, residence, gender=None, categories=None, **fixed):
    gender = gender or random.choice(["MALE", "FEMALE"])
    minimum = {("RURAL", "MALE"): 50, ("RURAL", "FEMALE"): 45, ("URBAN", "MALE"): 60, ("URBAN", "FEMALE"): 55}[
        (residence, gender)]
    age = random.randint(minimum + 1, 82)
    birth = date(2016, 6, 30) - timedelta(days=age * 365 + random.randint(0, 364))
    categories = categories or [random.choices(CATEGORIES, RURAL_WEIGHTS if residence == "RURAL" else URBAN_WEIGHTS)[0]]
    main = categories[0]
    row = {
        "key": key, "organization": org, "name": fixed.pop("name", None) or name(), "gender": gender,
        "birthDate": birth.isoformat(), "ethnicity": random.choices(["汉族", "满族", "蒙古族", "达斡尔族"], [90, 6, 2, 2])[0],
        "residence": residence, "categories": categories,
        "formerOccupation": random.choice(OCCUPATIONS[main]), "specialties": SPECIALTIES[main],
        "politicalStatus": random.choices(["中共党员", "群众"], [60, 40])[0],
        "health": random.choices(["良好", "一般"], [80, 20])[0],
        "joinedOn": (date(2008, 1, 1) + timedelta(days=random.randint(0, 2900))).isoformat(),
        "statusChanges": [],
    }
    row.update(fixed)
    return row


xingan_villages = [o["key"] for o in orgs if o.get("parent") == "wdlc-xinganxiang" and o["type"] == "VILLAGE_GROUP"]
people = [
    # named in the report
    person("fenglin", "wdlc-xinganxiang-zhongshan", "RURAL", "MALE", ["VETERAN_EXPERT"], name="冯林",
           formerOccupation="村农业技术员", specialties="农业技术（春播、中耕）"),
    # 兴安乡's old teacher who drove the left-behind child 夏慧志 to school for four years
    person("wangchunzhi", xingan_villages[1], "RURAL", "MALE",
           ["VETERAN_TEACHER"], name="王春志", formerOccupation="小学教师", specialties="接送留守儿童上学"),
    person("mahanqian", communities[0], "URBAN", "MALE", ["VETERAN_CADRE"], name="马汉前"),
    person("zhangyongxin", communities[1], "URBAN", "MALE", ["VETERAN_MODEL"], name="张永新"),
]

rural_needed = 900 - sum(1 for p in people if p["residence"] == "RURAL")
urban_needed = 1286 - 900 - sum(1 for p in people if p["residence"] == "URBAN")
for i in range(rural_needed):
    p = person(f"r{i:04d}", villages[i % len(villages)], "RURAL")
    if random.random() < 0.25:
        p["categories"] = sorted(set(p["categories"] + [random.choice(CATEGORIES[:5])]))
    people.append(p)
urban_places = communities + townships + ["wdlc"]
for i in range(urban_needed):
    people.append(person(f"u{i:04d}", urban_places[i % len(urban_places)], "URBAN"))

# 2016-H1: 45 rural 五老 joined (the campaign to keep the rural team), 15 left: net +30
rural = [p for p in people if p["residence"] == "RURAL" and p["key"].startswith("r")]
for p in rural[:45]:
    p["joinedOn"] = (date(2016, 1, 10) + timedelta(days=random.randint(0, 160))).isoformat()
reasons = [("MOVED_TO_TOWN", "进城养老"), ("ACCOMPANYING_STUDY", "进城陪读"), ("WORKING_AWAY", "外出务工")]
for p in rural[45:60]:
    status, why = random.choice(reasons)
    p["statusChanges"] = [{"status": status, "changedOn": (date(2016, 1, 5) + timedelta(days=random.randint(0, 170))).isoformat(),
                           "reason": why}]
# (these 15 still count in the register of 1286; the report's 1286 are those on the rolls)

out = here / "volunteers.json"
json.dump(people, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{out.name}: {len(people)} volunteers, {sum(p['residence'] == 'RURAL' for p in people)} rural")
