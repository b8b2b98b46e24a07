#!/usr/bin/env bash
# Redraws the sample clips of the default and test recipes (content-recipes/media): four 4-second 320×180 H.264
# MP4 files (no sound) from ffmpeg's test sources with the clip's topic written on them, each with a Vietnamese
# WebVTT captions file. Small on purpose (< 200 KB each): they show the player, they are not the real broadcasts.
# Rerunning changes the bytes, so the next recipe import replaces the files under the same ids.
set -euo pipefail
out="$(cd "$(dirname "$0")/../.." && pwd)/content-recipes/media"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
mkdir -p "$out"

# clip name, lavfi source, topic (drawn on the picture), two caption lines
clip() {
  local name=$1 source=$2 topic=$3 first=$4 second=$5
  ffmpeg -v error -nostdin -y -f lavfi -i "$source:size=320x180:rate=15" -t 4 \
    -vf "drawbox=y=ih-44:w=iw:h=44:color=black@0.6:t=fill,drawtext=fontfile=$font:text='$topic':fontcolor=white:fontsize=15:x=(w-text_w)/2:y=h-32" \
    -c:v libx264 -preset veryslow -crf 32 -pix_fmt yuv420p -movflags +faststart -an -map_metadata -1 "$out/$name.mp4"
  printf 'WEBVTT\n\n1\n00:00.000 --> 00:02.000\n%s\n\n2\n00:02.000 --> 00:04.000\n%s\n' "$first" "$second" > "$out/$name.vtt"
}

clip clip-tieu-chuan testsrc=decimals=0 "Tiêu chuẩn – Đo lường – Chất lượng" \
  "Sở Khoa học và Công nghệ giới thiệu hoạt động tiêu chuẩn, đo lường, chất lượng." "Người tiêu dùng kiểm tra tem kiểm định trên phương tiện đo."
clip clip-so-huu-tri-tue smptehdbars=sar=1 "Sở hữu trí tuệ" \
  "Nhãn hiệu tập thể giúp nông sản của tỉnh được nhận diện." "Doanh nghiệp nên tra cứu trước khi đặt tên thương mại."
clip clip-chuyen-giao mandelbrot=maxiter=200 "Chuyển giao công nghệ" \
  "Mô hình nhà kính trồng rau công nghệ cao được chuyển giao cho hợp tác xã." "Nông dân được tập huấn quy trình canh tác mới."
clip clip-buc-xa "cellauto=rule=110" "An toàn bức xạ" \
  "Cơ sở X-quang y tế phải có giấy phép tiến hành công việc bức xạ." "Nhân viên bức xạ đeo liều kế cá nhân khi làm việc."
ls -l "$out"/*.mp4 "$out"/*.vtt
