#!/usr/bin/env python3
"""Writes national-sample-2024.json: a SYNTHETIC dossier shaped like the real system in plan year 2024.

Province names, land borders and mission host countries are real; every count, date, person and event is
made up by a fixed-seed generator, with a mix of compliant and non-compliant cases. Run it again after a
change; the output is deterministic.
"""
import json, random, datetime as dt, os

R = random.Random(2024)
D = dt.date
AS_OF = D(2024, 12, 31)

# (id, name, border countries, gateways, has DOFA)
PROVINCES = [
 ("HNI","Hà Nội",[],["AIRPORT"]),("HCM","Thành phố Hồ Chí Minh",[],["AIRPORT","SEAPORT"]),("HPG","Hải Phòng",[],["AIRPORT","SEAPORT"]),
 ("DNG","Đà Nẵng",[],["AIRPORT","SEAPORT"]),("CTO","Cần Thơ",[],["AIRPORT"]),("HGG","Hà Giang",["CN"],["BORDER_GATE"]),
 ("CBG","Cao Bằng",["CN"],["BORDER_GATE"]),("LCU","Lai Châu",["CN"],["BORDER_GATE"]),("LCI","Lào Cai",["CN"],["BORDER_GATE"]),
 ("LSN","Lạng Sơn",["CN"],["BORDER_GATE"]),("QNH","Quảng Ninh",["CN"],["BORDER_GATE","SEAPORT","AIRPORT"]),("DBN","Điện Biên",["CN","LA"],["BORDER_GATE"]),
 ("SLA","Sơn La",["LA"],["BORDER_GATE"]),("THA","Thanh Hóa",["LA"],["BORDER_GATE","AIRPORT"]),("NAN","Nghệ An",["LA"],["BORDER_GATE","AIRPORT"]),
 ("HTH","Hà Tĩnh",["LA"],["BORDER_GATE","SEAPORT"]),("QBH","Quảng Bình",["LA"],["BORDER_GATE"]),("QTI","Quảng Trị",["LA"],["BORDER_GATE"]),
 ("TTH","Thừa Thiên Huế",["LA"],["BORDER_GATE","AIRPORT"]),("QNM","Quảng Nam",["LA"],["BORDER_GATE"]),("KTM","Kon Tum",["LA","KH"],["BORDER_GATE"]),
 ("GLI","Gia Lai",["KH"],["BORDER_GATE"]),("DLK","Đắk Lắk",["KH"],["BORDER_GATE"]),("DNO","Đắk Nông",["KH"],["BORDER_GATE"]),
 ("BPC","Bình Phước",["KH"],["BORDER_GATE"]),("TNH","Tây Ninh",["KH"],["BORDER_GATE"]),("LAN","Long An",["KH"],["BORDER_GATE"]),
 ("DTP","Đồng Tháp",["KH"],["BORDER_GATE"]),("AGG","An Giang",["KH"],["BORDER_GATE"]),("KGG","Kiên Giang",["KH"],["BORDER_GATE","AIRPORT"]),
 ("TQG","Tuyên Quang",[],[]),("YBI","Yên Bái",[],[]),("TNN","Thái Nguyên",[],[]),("BKN","Bắc Kạn",[],[]),("PTO","Phú Thọ",[],[]),
 ("VPC","Vĩnh Phúc",[],[]),("BGG","Bắc Giang",[],[]),("BNH","Bắc Ninh",[],[]),("HDG","Hải Dương",[],[]),("HYN","Hưng Yên",[],[]),
 ("HBH","Hòa Bình",[],[]),("HNM","Hà Nam",[],[]),("NDH","Nam Định",[],[]),("TBH","Thái Bình",[],[]),("NBH","Ninh Bình",[],[]),
 ("QNI","Quảng Ngãi",[],["SEAPORT"]),("BDH","Bình Định",[],["SEAPORT"]),("PYN","Phú Yên",[],[]),("KHA","Khánh Hòa",[],["AIRPORT","SEAPORT"]),
 ("NTN","Ninh Thuận",[],[]),("BTN","Bình Thuận",[],[]),("LDG","Lâm Đồng",[],[]),("BDG","Bình Dương",[],[]),("DNI","Đồng Nai",[],[]),
 ("BRV","Bà Rịa - Vũng Tàu",[],["SEAPORT"]),("TGG","Tiền Giang",[],[]),("BTE","Bến Tre",[],[]),("TVH","Trà Vinh",[],[]),
 ("VLG","Vĩnh Long",[],[]),("HGI","Hậu Giang",[],[]),("STG","Sóc Trăng",[],[]),("BLU","Bạc Liêu",[],[]),("CMU","Cà Mau",[],[]),
]
NO_DOFA = {"BKN", "HNM", "HGI", "NTN", "KGG"}  # synthetic: a few provinces without a Department of Foreign Affairs

# Host countries of the embassies and their Vietnamese names, as the missions' own names use them.
EMBASSIES = [("CN","Trung Quốc"),("JP","Nhật Bản"),("KR","Hàn Quốc"),("US","Hoa Kỳ"),("RU","Liên bang Nga"),("FR","Pháp"),
 ("DE","Đức"),("GB","Vương quốc Anh"),("IN","Ấn Độ"),("AU","Australia"),("LA","Lào"),("KH","Campuchia"),("TH","Thái Lan"),
 ("SG","Singapore"),("MY","Malaysia"),("ID","Indonesia"),("PH","Philippines"),("MM","Myanmar"),("BN","Brunei"),
 ("TL","Timor-Leste"),("CA","Canada"),("IT","Italy"),("ES","Tây Ban Nha"),("NL","Hà Lan"),("BE","Bỉ"),("CH","Thụy Sĩ"),
 ("AT","Áo"),("SE","Thụy Điển"),("NO","Na Uy"),("DK","Đan Mạch"),("FI","Phần Lan"),("PL","Ba Lan"),("CZ","Séc"),
 ("HU","Hungary"),("RO","Romania"),("BG","Bulgaria"),("UA","Ukraine"),("BY","Belarus"),("KZ","Kazakhstan"),
 ("UZ","Uzbekistan"),("TR","Thổ Nhĩ Kỳ"),("IL","Israel"),("EG","Ai Cập"),("SA","Ả Rập Xê-út"),
 ("AE","Các Tiểu vương quốc Ả Rập Thống nhất"),("KW","Kuwait"),("QA","Qatar"),("IR","Iran"),("IQ","Iraq"),
 ("PK","Pakistan"),("BD","Bangladesh"),("LK","Sri Lanka"),("NZ","New Zealand"),("BR","Brazil"),("AR","Argentina"),
 ("CL","Chile"),("MX","Mexico"),("VE","Venezuela"),("CU","Cuba"),("PE","Peru"),("ZA","Nam Phi"),("NG","Nigeria"),
 ("AO","Angola"),("MZ","Mozambique"),("TZ","Tanzania"),("DZ","Algeria"),("MA","Maroc"),("LY","Libya"),
 ("KP","Triều Tiên"),("MN","Mông Cổ"),("GR","Hy Lạp"),("PT","Bồ Đào Nha"),("IE","Ireland"),("SK","Slovakia")]
CONSULATES = [("CN","Quảng Châu"),("CN","Côn Minh"),("CN","Nam Ninh"),("CN","Hồng Kông"),("CN","Thượng Hải"),("JP","Osaka"),("JP","Fukuoka"),
 ("KR","Busan"),("US","San Francisco"),("US","Houston"),("RU","Vladivostok"),("LA","Luang Prabang"),("LA","Pakse"),("KH","Battambang"),
 ("KH","Sihanoukville"),("TH","Khon Kaen"),("AU","Sydney"),("DE","Frankfurt"),("FR","Marseille")]
PERMANENT = [("US","New York (LHQ)"),("CH","Geneva"),("ID","Jakarta (ASEAN)")]
NAMES = ["Nguyễn Văn An","Trần Thị Bình","Lê Minh Châu","Phạm Quốc Dũng","Hoàng Thị Hà","Vũ Đức Hải","Đặng Thu Hằng","Bùi Văn Hùng",
 "Đỗ Thị Lan","Ngô Quang Minh","Dương Thị Ngọc","Lý Văn Phúc","Mai Thị Quỳnh","Trịnh Văn Sơn","Phan Thị Thảo","Võ Văn Tuấn"]

def iso(d): return d.isoformat() if d else None
def clean(o):
    if isinstance(o, dict): return {k: clean(v) for k, v in o.items() if v is not None}
    if isinstance(o, list): return [clean(v) for v in o]
    return o
def day(start, end): return start + dt.timedelta(days=R.randrange((end - start).days + 1))
def distinct(names):
    """People are told apart by name within a province: a name drawn twice is replaced by the next free one."""
    out = []
    for n in names:
        while n in out: n = NAMES[(NAMES.index(n) + 1) % len(NAMES)]
        out.append(n)
    return out
TASKS = ["Tổ chức hội nghị xúc tiến đầu tư với các đối tác nước ngoài", "Hỗ trợ doanh nghiệp địa phương kết nối thị trường nước ngoài",
         "Tập huấn kiến thức đối ngoại cho cán bộ địa phương", "Quảng bá du lịch, văn hóa địa phương ở nước ngoài",
         "Xây dựng danh mục dự án kêu gọi đầu tư nước ngoài"]
REPORT_TITLES = {(2024, 6, 15): "Báo cáo công tác đối ngoại 6 tháng đầu năm 2024", (2024, 12, 15): "Báo cáo công tác đối ngoại năm 2024",
                 (2024, 1, 31): "Báo cáo tình hình ký kết và thực hiện thỏa thuận quốc tế năm 2023"}

missions = []
def mission(mid, name, mtype, country):
    big = R.random() < 0.45
    n = R.randint(7, 25) if big else R.randint(2, 6)
    m = {"id": mid, "name": name, "type": mtype, "hostCountry": country, "diplomatCount": n,
         "headOfMission": {"name": R.choice(NAMES), "directsEconomicWork": R.random() > 0.06},
         "economicOfficers": [], "website": None}
    if not big or R.random() < 0.5:
        if R.random() > 0.08:
            m["economicOfficers"] = [{"name": R.choice(NAMES), "lastEconomicTrainingOn":
                                      iso(day(D(2019, 1, 1), D(2024, 11, 30))) if R.random() > 0.05 else None}]
    if big and R.random() > 0.08:
        secs = ["COMMERCE", "LABOUR", "INVESTMENT"]
        if R.random() < 0.2: secs.remove(R.choice(secs))
        m["economicTeam"] = {"establishedOn": iso(day(D(2008, 6, 1), D(2015, 12, 31))), "sections": secs}
    if R.random() > 0.05:
        m["website"] = {"url": "https://vnembassy-" + mid.lower() + ".example", "unifiedContent": R.random() > 0.15}
    missions.append(m)

for c, country in EMBASSIES: mission("EMB-" + c, "Đại sứ quán Việt Nam tại " + country, "EMBASSY", c)
for i, (c, city) in enumerate(CONSULATES): mission("CG-%s-%d" % (c, i), "Tổng Lãnh sự quán Việt Nam tại " + city, "CONSULATE_GENERAL", c)
for i, (c, city) in enumerate(PERMANENT): mission("PM-%s-%d" % (c, i), "Phái đoàn thường trực Việt Nam tại " + city, "PERMANENT_MISSION", c)
mission_countries = sorted({m["hostCountry"] for m in missions})

provinces, plans, delegations, agreements, visits, programmes, reports = [], [], [], [], [], [], []
ALL_SECTIONS = ["ECONOMIC_DIPLOMACY","INVESTMENT_CALL_LIST","CENTRAL_SUPPORT_REQUESTS","LOCAL_PROMOTION","PEOPLE_TO_PEOPLE",
                "CULTURAL_DIPLOMACY","OVERSEAS_VIETNAMESE","EXTERNAL_INFORMATION","DIGITAL_TRANSFORMATION"]
for pid, name, borders, gates in PROVINCES:
    provinces.append({"id": pid, "name": name, "hasForeignAffairsDepartment": pid not in NO_DOFA,
                      "borderCountries": borders, "internationalGateways": gates})
    leaders = [{"name": name, "keyLeader": key, "centrallyManaged": central}
               for name, key, central in zip(distinct([R.choice(NAMES) for _ in range(3)]),
                                             [True, True, False], [True, False, False])]
    dels = []
    for k in range(R.randint(2, 6)):
        dep = day(D(2024, 1, 15), D(2024, 12, 20))
        ret = dep + dt.timedelta(days=R.randint(3, 9))
        members = [R.choice(leaders)]
        if R.random() < 0.5: members.append(leaders[2] if members[0] is not leaders[2] else leaders[1])
        if R.random() < 0.05 and leaders[0] not in members: members.append(leaders[0]); members.append(leaders[1])
        members = list({m["name"]: m for m in members}.values())
        dest = R.choice(mission_countries if R.random() < 0.8 else ["FJ", "IS", "BO"])
        rep = ret + dt.timedelta(days=R.randint(3, 14) if R.random() > 0.2 else R.randint(16, 40))
        d = {"id": "%s-D%d" % (pid, k + 1), "provinceId": pid, "destinationCountry": dest, "members": members,
             "leaderName": members[0]["name"], "hostPartner": None if R.random() < 0.07 else "Đối tác " + dest,
             "programmeItems": R.randint(0, 6) if R.random() < 0.1 else R.randint(2, 8),
             "approvedOn": iso(dep - dt.timedelta(days=R.randint(5, 40))) if R.random() > 0.05 else None,
             "departedOn": iso(dep), "returnedOn": iso(ret),
             "missionInformedOn": iso(dep - dt.timedelta(days=R.randint(3, 20))) if R.random() > 0.1 else None,
             "reportSubmittedOn": iso(rep) if R.random() > 0.1 and rep <= AS_OF else None}
        dels.append(d)
    delegations.extend(dels)
    if R.random() > 0.04:
        sub = D(2023, 11, 15) - dt.timedelta(days=R.randint(0, 30)) if R.random() > 0.15 else D(2023, 11, 15) + dt.timedelta(days=R.randint(1, 45))
        secs = [s for s in ALL_SECTIONS if R.random() > (0.1 if s in ALL_SECTIONS[:5] else 0.5)]
        if borders and R.random() > 0.15: secs.append("BORDER_AFFAIRS")
        plans.append({"id": pid + "-2024", "provinceId": pid, "year": 2024, "submittedOn": iso(sub), "sections": secs,
                      "plannedDelegationIds": [d["id"] for d in dels if R.random() > 0.15]})
    for k in range(R.randint(0, 3)):
        signed = day(D(2021, 6, 1), D(2024, 11, 30))
        acts = [{"on": iso(day(signed, AS_OF)), "description": "Hoạt động triển khai"} for _ in range(R.randint(0, 3))]
        agreements.append({"id": "%s-A%d" % (pid, k + 1), "provinceId": pid, "partner": "Đối tác quốc tế %d" % (k + 1),
                           "partnerCountry": R.choice(mission_countries), "signedOn": iso(signed),
                           "mofaOpinionOn": iso(signed - dt.timedelta(days=R.randint(-3, 30))) if R.random() > 0.05 else None,
                           "reportedOn": iso(signed + dt.timedelta(days=R.randint(2, 14) if R.random() > 0.15 else R.randint(16, 50))) if R.random() > 0.08 else None,
                           "activities": acts})
    if R.random() < 0.45:
        visited = day(D(2023, 6, 1), D(2024, 11, 1))
        cp = None
        if R.random() > 0.15:
            cp = "CP-" + pid
            tasks = [{"id": "%s-T%d" % (cp, t + 1), "description": TASKS[t],
                      "dueOn": iso(day(visited, D(2025, 6, 30))) if R.random() > 0.07 else None,
                      "completedOn": None} for t in range(R.randint(0, 5) if R.random() < 0.1 else R.randint(2, 5))]
            for t in tasks:
                if t["dueOn"] and R.random() > 0.3 and D.fromisoformat(t["dueOn"]) <= AS_OF:
                    t["completedOn"] = t["dueOn"]
            programmes.append({"id": cp, "provinceId": pid, "issuedOn": iso(visited + dt.timedelta(days=R.randint(5, 45))),
                               "monitoringMechanism": "Giao ban hằng quý" if R.random() > 0.1 else None, "tasks": tasks})
        visits.append({"id": "WV-" + pid, "provinceId": pid, "visitedOn": iso(visited),
                       "conclusionIssuedOn": iso(visited + dt.timedelta(days=R.randint(3, 40))) if R.random() > 0.1 else None,
                       "cooperationProgrammeId": cp})
    for k, (kind, due) in enumerate([("PERIODIC", D(2024, 6, 15)), ("PERIODIC", D(2024, 12, 15)), ("AGREEMENTS_ANNUAL", D(2024, 1, 31))]):
        late = R.random()
        sub = due - dt.timedelta(days=R.randint(0, 10)) if late > 0.2 else (due + dt.timedelta(days=R.randint(1, 20)) if late > 0.05 else None)
        reports.append({"id": "%s-R%d" % (pid, k + 1), "authorType": "PROVINCE", "authorId": pid, "kind": kind,
                        "title": REPORT_TITLES[(due.year, due.month, due.day)], "dueOn": iso(due), "submittedOn": iso(sub)})

coordination = []
for i, p in enumerate(["PLANNING_INVESTMENT", "TRADE", "LABOUR", "TOURISM", "AGRICULTURE", "SCIENCE_TECHNOLOGY", "VCCI"]):
    coordination.append({"id": "CA-" + p, "partner": p, "signedOn": iso(D(2008, 5, 1) + dt.timedelta(days=40 * i)),
                         "focalAgency": None if p == "TOURISM" else "Vụ Tổng hợp kinh tế",
                         "responsibilities": [] if p == "VCCI" else ["Chia sẻ thông tin hằng quý"]})
for m in missions[:60:3]:
    reports.append({"id": "R-" + m["id"], "authorType": "MISSION", "authorId": m["id"], "kind": "PERIODIC",
                    "title": "Báo cáo công tác 6 tháng đầu năm 2024", "dueOn": "2024-07-15",
                    "submittedOn": "2024-07-10" if R.random() > 0.2 else "2024-07-25"})

# "$schema" lets IntelliJ and VS Code validate and complete the file while someone edits it (docs/dossier-format.md).
SCHEMA = "core/src/main/resources/org/ngoaivu/schema/dossier.schema.json"
dossier = {"$schema": "../../" + SCHEMA, "schemaVersion": 1, "asOf": iso(AS_OF), "planYear": 2024, "missions": missions, "provinces": provinces,
           "annualPlans": plans, "delegations": delegations, "agreements": agreements,
           "coordinationAgreements": coordination, "workingVisits": visits, "cooperationProgrammes": programmes,
           "reports": reports}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "national-sample-2024.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(clean(dossier), f, ensure_ascii=False, indent=1)
    f.write("\n")
print(out, len(provinces), "provinces", len(missions), "missions", len(delegations), "delegations")

# Small dossiers per rule area, cut from the national sample: a few subjects each, references kept whole.
areas_dir = os.path.join(os.path.dirname(out), "areas")
os.makedirs(areas_dir, exist_ok=True)
few = [p["id"] for p in provinces[:6]] + ["LCI", "DBN", "KTM"]
def for_provinces(key): return [x for x in dossier[key] if x.get("provinceId") in few]
base = {"$schema": "../../../" + SCHEMA, "schemaVersion": 1, "asOf": iso(AS_OF), "planYear": 2024}
AREAS = {
    "mission": {"missions": missions[:12], "reports": [r for r in reports if r["authorId"] in {m["id"] for m in missions[:12]}]},
    "coordination": {"coordinationAgreements": coordination},
    "province": {"provinces": [p for p in provinces if p["id"] in few], "annualPlans": for_provinces("annualPlans")},
    "delegation": {"missions": missions, "provinces": [p for p in provinces if p["id"] in few],
                   "annualPlans": for_provinces("annualPlans"), "delegations": for_provinces("delegations")},
    "agreement": {"provinces": [p for p in provinces if p["id"] in few], "agreements": for_provinces("agreements")},
    "cooperation": {"provinces": provinces, "workingVisits": visits, "cooperationProgrammes": programmes},
    "report": {"provinces": [p for p in provinces if p["id"] in few],
               "reports": [r for r in reports if r["authorId"] in few]},
}
for area, parts in AREAS.items():
    with open(os.path.join(areas_dir, area + ".json"), "w", encoding="utf-8") as f:
        json.dump(clean({**base, **parts}), f, ensure_ascii=False, indent=1)
        f.write("\n")
