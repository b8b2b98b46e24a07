#!/usr/bin/env python3
"""Adds sample experts to the default recipe.

Reads ../shared/data (S&T fields, provinces) and writes content-recipes/default.json in place: an "experts" step is
added (or replaced) with sample experts, each marked "sample", its consents recorded with the channel "recipe".
Names, organisations and contacts are made up ("(mẫu)", domain mau.vn). Deterministic: run again after editing the
tables below; the recipe stays idempotent.
"""
import csv, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "data")
RECIPE = os.path.join(ROOT, "content-recipes", "default.json")
VERSION = "2026-01"

def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))

fields = {r["code"]: r["name_vi"] for r in rows("fields.csv") if r["level"] == "2"}
provinces = [r["code"] for r in rows("provinces.csv")]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Thanh", "Đức", "Ngọc", "Hữu", "Bích"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hương", "Khoa", "Lan", "Long", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Vy", "Yến", "Tuấn", "Hạnh", "Lộc", "Nhung", "Phong", "Quyên", "Thắng", "Uyên", "Việt", "Xuân", "Đạt"]

# primary field, secondary fields, keywords, organisation, unit, province code
PROFILES = [
 ("401", ["211"], "sấy nông sản; bảo quản sau thu hoạch; bơm nhiệt", "Viện Cơ điện nông nghiệp miền Trung (mẫu)", "Phòng Công nghệ sấy", "48"),
 ("406", ["304"], "sâm Ngọc Linh; nuôi cấy mô; dược liệu", "Trung tâm Dược liệu Ngọc Linh (mẫu)", "Phòng Nhân giống", "51"),
 ("102", ["202"], "trí tuệ nhân tạo; thị giác máy tính; dữ liệu lớn", "Trường Đại học Kỹ thuật Đà Nẵng (mẫu)", "Khoa Công nghệ thông tin", "48"),
 ("202", ["102"], "IoT; cảm biến; nông nghiệp thông minh", "Trường Đại học Kỹ thuật Đà Nẵng (mẫu)", "Khoa Điện tử viễn thông", "48"),
 ("203", ["211"], "cơ khí chế tạo; máy nông nghiệp; CNC", "Công ty TNHH Cơ khí chính xác Hòa Khánh (mẫu)", "Phòng Kỹ thuật", "48"),
 ("207", ["105"], "xử lý nước thải; môi trường; vi sinh", "Viện Kỹ thuật môi trường (mẫu)", "Phòng Xử lý nước", "79"),
 ("405", ["401"], "nuôi trồng thủy sản; tôm thẻ; bệnh thủy sản", "Công ty Cổ phần Thủy sản Hội An (mẫu)", "Trại thực nghiệm", "48"),
 ("401", ["405"], "giống lúa; chọn tạo giống; chịu mặn", "Viện Nghiên cứu Nông nghiệp miền Trung (mẫu)", "Bộ môn Chọn giống", "92"),
 ("302", ["304"], "y học cổ truyền; dược liệu; bào chế", "Bệnh viện Y học cổ truyền (mẫu)", "Khoa Dược", "01"),
 ("201", ["205"], "kết cấu công trình; bê tông; nhà ở chống bão", "Trường Đại học Xây dựng miền Trung (mẫu)", "Khoa Xây dựng", "66"),
 ("205", ["201"], "vật liệu mới; vật liệu nano; gốm kỹ thuật", "Viện Vật liệu (mẫu)", "Phòng Vật liệu gốm", "01"),
 ("502", ["508"], "kinh tế nông nghiệp; chuỗi giá trị; OCOP", "Trường Đại học Kinh tế (mẫu)", "Khoa Kinh tế phát triển", "46"),
 ("508", ["502"], "chuyển đổi số; thương mại điện tử; truyền thông", "Viện Truyền thông số (mẫu)", "Phòng Nghiên cứu", "79"),
 ("105", ["207"], "biến đổi khí hậu; thủy văn; xâm nhập mặn", "Viện Khí tượng thủy văn (mẫu)", "Phòng Thủy văn", "92"),
 ("106", ["406"], "công nghệ sinh học; vi sinh vật; enzyme", "Viện Công nghệ sinh học (mẫu)", "Phòng Vi sinh", "01"),
 ("104", ["205"], "hóa học xanh; xúc tác; polymer", "Trường Đại học Khoa học tự nhiên (mẫu)", "Khoa Hóa học", "79"),
 ("103", ["202"], "vật lý laser; quang học; năng lượng mặt trời", "Viện Vật lý ứng dụng (mẫu)", "Phòng Quang học", "01"),
 ("101", ["102"], "thống kê; mô hình hóa; tối ưu hóa", "Trường Đại học Sư phạm (mẫu)", "Khoa Toán", "46"),
 ("601", ["602"], "lịch sử địa phương; khảo cổ học", "Viện Khoa học xã hội vùng Trung Bộ (mẫu)", "Phòng Sử học", "48"),
 ("504", ["501"], "xã hội học; di cư; lao động nông thôn", "Viện Khoa học xã hội vùng Trung Bộ (mẫu)", "Phòng Xã hội học", "48"),
 ("202", ["207"], "năng lượng tái tạo; điện gió; lưu trữ điện", "Viện Năng lượng (mẫu)", "Phòng Năng lượng tái tạo", "56"),
 ("402", ["401"], "chăn nuôi; thức ăn chăn nuôi; bò thịt", "Viện Chăn nuôi (mẫu)", "Bộ môn Dinh dưỡng", "38"),
 ("403", ["406"], "thú y; vắc xin; dịch tả lợn", "Trung tâm Chẩn đoán thú y (mẫu)", "Phòng Xét nghiệm", "01"),
 ("404", ["105"], "lâm nghiệp; trồng rừng; gỗ keo", "Viện Khoa học lâm nghiệp (mẫu)", "Phòng Lâm sinh", "40"),
 ("301", ["302"], "y sinh học; ung thư; sinh học phân tử", "Bệnh viện Trung ương (mẫu)", "Trung tâm Y sinh", "01"),
 ("304", ["302"], "dược học; kiểm nghiệm thuốc; dược liệu", "Trường Đại học Y Dược (mẫu)", "Khoa Dược", "44"),
 ("211", ["401"], "chế biến thực phẩm; an toàn thực phẩm; lên men", "Viện Công nghệ thực phẩm (mẫu)", "Phòng Chế biến", "79"),
 ("209", ["106"], "công nghệ sinh học công nghiệp; lên men; enzyme", "Trung tâm Công nghệ sinh học (mẫu)", "Phòng Lên men", "52"),
 ("503", ["504"], "khoa học giáo dục; giáo dục STEM; đổi mới giáo dục", "Viện Chiến lược khoa học (mẫu)", "Phòng Chính sách", "01"),
 ("507", ["504"], "quy hoạch đô thị; đô thị thông minh", "Trường Đại học Kiến trúc (mẫu)", "Khoa Quy hoạch", "79"),
 ("204", ["207"], "kỹ thuật hóa học; xử lý chất thải rắn; tái chế", "Viện Hóa công nghiệp (mẫu)", "Phòng Tái chế", "24"),
 ("602", ["601"], "ngôn ngữ học; tiếng dân tộc thiểu số", "Viện Ngôn ngữ học (mẫu)", "Phòng Ngôn ngữ dân tộc", "11"),
 ("105", ["106"], "hải dương học; rạn san hô; đa dạng sinh học biển", "Viện Hải dương học (mẫu)", "Phòng Sinh thái biển", "56"),
 ("210", ["205"], "công nghệ nano; cảm biến nano", "Viện Khoa học vật liệu (mẫu)", "Phòng Nano", "01"),
]

DEGREES = ["TS", "TS", "ThS", "TSKH", "KS", "TS", "CN", "ThS"]
TITLES = ["PGS", "None", "None", "GS", "None", "PGS", "None", "None"]
VISIBILITY = ["FormOnly", "Public", "MembersOnly", "StaffOnly", "Hidden"]
LANGS = [["vi", "en"], ["vi", "en", "fr"], ["vi"], ["vi", "ru"], ["vi", "en", "ja"], ["vi", "zh"]]
LEVELS = ["National", "Ministerial", "Provincial", "Grassroots"]
SERVICES = [["consulting", "council"], ["consulting", "training"], ["council"], ["consulting", "valuation", "council"], ["training"]]

def orcid(n):
    base = f"0000000{n:08d}"[-15:]
    total = 0
    for c in base:
        total = (total + int(c)) * 2
    check = (12 - total % 11) % 11
    digits = base + ("X" if check == 10 else str(check))
    return "-".join(digits[i:i + 4] for i in range(0, 16, 4))

def slugify(text):
    table = str.maketrans("đĐ", "dD")
    import unicodedata
    folded = unicodedata.normalize("NFD", text.translate(table))
    folded = "".join(c for c in folded if unicodedata.category(c) != "Mn").lower()
    out, dash = [], False
    for c in folded:
        if c.isascii() and c.isalnum():
            if dash and out: out.append("-")
            out.append(c); dash = False
        else:
            dash = True
    return "".join(out)

experts = []
for i, (primary, secondary, keywords, org, unit, province) in enumerate(PROFILES):
    name = f"{SURNAMES[i % len(SURNAMES)]} {MIDDLE[(i * 3) % len(MIDDLE)]} {GIVEN[i % len(GIVEN)]}"
    degree, title = DEGREES[i % len(DEGREES)], TITLES[i % len(TITLES)]
    if degree not in ("TS", "TSKH"):
        title = "None"
    field = fields.get(primary, "")
    slug = slugify(name) + f"-mau-{i + 1:02d}"
    assert primary in fields and all(s in fields for s in secondary) and province in provinces, (primary, secondary, province)
    visibility = VISIBILITY[i % len(VISIBILITY)]
    start = 1995 + i % 15
    item = {
        "slug": slug, "fullName": name, "degree": degree, "title": title,
        "primaryField": primary, "secondaryFields": secondary, "keywords": keywords,
        "bio": f"Chuyên gia mẫu về {field.lower()}, hướng nghiên cứu chính: {keywords.split(';')[0].strip()}. "
               f"Hơn {2026 - start} năm nghiên cứu, tư vấn và đào tạo tại {org}.",
        "services": SERVICES[i % len(SERVICES)], "languages": LANGS[i % len(LANGS)],
        "openToConsulting": i % 2 == 0, "openToCouncils": i % 3 != 2, "openToMedia": i % 4 == 0, "openToCompanies": i % 3 == 0,
        "organisationName": org, "unit": unit, "provinceCode": province,
        "email": f"chuyengia{i + 1:02d}@mau.vn", "emailVisibility": visibility,
        "phone": f"0900 000 {i + 1:03d}", "phoneVisibility": "FormOnly" if i % 2 else "MembersOnly",
        "organisationPhone": f"0236 3 000 {i + 1:03d}", "organisationPhoneVisibility": "Public",
        "education": [{"degree": degree if degree != "None" else "CN", "major": field, "institution": "Trường đại học mẫu", "year": start - 2}],
        "positions": [{"organisation": org, "unit": unit, "title": "Nghiên cứu viên chính" if i % 2 else "Trưởng phòng", "fromYear": start}],
        "publications": [{"title": f"Nghiên cứu {keywords.split(';')[0].strip()} tại Việt Nam", "venue": "Tạp chí Khoa học và Công nghệ Việt Nam",
                          "year": 2015 + i % 10, "doi": f"10.5555/mau.{2015 + i % 10}.{i + 1:03d}"}],
        "tasks": [{"title": f"Nhiệm vụ ứng dụng {keywords.split(';')[0].strip()}", "level": LEVELS[i % 4], "role": "Lead" if i % 2 == 0 else "Member",
                   "fromYear": 2018 + i % 5, "toYear": 2020 + i % 5}],
        "status": "published", "sample": True,
        "consents": [{"purpose": "listed-in-database", "granted": True, "version": VERSION}]
                    + [{"purpose": p, "granted": True, "version": VERSION} for p in ("display-email", "display-org-phone") if i % 3 != 1]
                    + ([{"purpose": "national-sharing", "granted": True, "version": VERSION}] if i % 2 == 0 else []),
    }
    if title != "None":
        item["titleYear"] = 2010 + i % 12
    if i % 3 == 0:
        item["orcid"] = orcid(1000 + i * 37)
    if i % 5 == 0:
        item["patents"] = [{"title": f"Giải pháp hữu ích về {keywords.split(';')[-1].strip()}", "number": f"2-000{i + 1:04d}", "year": 2019}]
        item["transfers"] = [{"title": f"Quy trình {keywords.split(';')[0].strip()}", "recipient": "Hợp tác xã mẫu", "year": 2021}]
    if i % 4 == 0:
        item["awards"] = [{"title": "Giải thưởng sáng tạo khoa học công nghệ cấp tỉnh (mẫu)", "year": 2020}]
    if i % 6 == 0:
        item["bioEn"] = f"Sample expert in {keywords.split(';')[0].strip()}."
    experts.append(item)

with open(RECIPE, encoding="utf-8") as f:
    recipe = json.load(f)
steps = recipe["steps"]
steps[:] = [s for s in steps if s["name"] != "experts"]
steps.append({"name": "experts", "experts": experts})
with open(RECIPE, "w", encoding="utf-8") as f:
    json.dump(recipe, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(experts)} experts")
