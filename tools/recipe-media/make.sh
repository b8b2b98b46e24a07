#!/usr/bin/env bash
# Redraws the sample media of the default recipe (content-recipes/media): four 1600×900 JPEG illustrations
# drawn by ffmpeg's geq filter and two one-page PDFs (make-pdf.py). No photographs, so no third-party rights.
# The recipe's items name these files by stable ids; rerunning changes the bytes, so the next recipe import
# replaces the files under the same ids.
set -euo pipefail
out="$(cd "$(dirname "$0")/../.." && pwd)/content-recipes/media"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
draw() { ffmpeg -v error -y -f lavfi -i "color=c=black:s=1600x900,format=rgb24" -frames:v 1 -vf "$2" -q:v "$3" "$out/$1"; }

draw ruong-lua.jpg "geq=r='if(lt(Y,380),110+80*Y/380,30+25*sin((X-800)*40/(Y-300))+20*Y/900)':g='if(lt(Y,380),160+70*Y/380,110+50*sin((X-800)*40/(Y-300))+40*Y/900)':b='if(lt(Y,380),225+20*Y/380,35+15*sin((X-800)*40/(Y-300)))',noise=alls=12:allf=t,gblur=sigma=1.2" 6
draw hoi-thao.jpg "geq=r='if(between(X,420,1180)*between(Y,120,520),200+30*sin(X/90),if(gt(Y,600),40+30*gt(sin(X/38)*sin((Y-600)/22),0.2),60+40*Y/900))':g='if(between(X,420,1180)*between(Y,120,520),215+25*cos(Y/70),if(gt(Y,600),30+25*gt(sin(X/38)*sin((Y-600)/22),0.2),55+30*Y/900))':b='if(between(X,420,1180)*between(Y,120,520),235,if(gt(Y,600),35+20*gt(sin(X/38)*sin((Y-600)/22),0.2),110+40*Y/900))',noise=alls=10:allf=t,gblur=sigma=1.5" 4
draw nha-kinh.jpg "geq=r='if(lt(Y,420+80*abs(sin(X/200))),200+40*abs(sin(X/200))-20*lt(mod(X,200),6),40+30*sin(X/15)*cos(Y/25))':g='if(lt(Y,420+80*abs(sin(X/200))),215+30*abs(sin(X/200))-20*lt(mod(X,200),6),120+50*sin(X/15)*cos(Y/25)+30*Y/900)':b='if(lt(Y,420+80*abs(sin(X/200))),220+30*abs(sin(X/200)),50+20*sin(X/15)*cos(Y/25))',noise=alls=10:allf=t,gblur=sigma=1.3" 4
draw phong-thi-nghiem.jpg "geq=r='if(gt(Y,560),190+20*sin(X/300),if(lt(abs(mod(X,260)-130),18)*gt(Y,250),60,225-40*Y/900))+25*between(X,300,520)*between(Y,420,560)':g='if(gt(Y,560),170+20*sin(X/300),if(lt(abs(mod(X,260)-130),18)*gt(Y,250),120,230-30*Y/900))+40*between(X,900,1100)*between(Y,380,560)':b='if(gt(Y,560),140,if(lt(abs(mod(X,260)-130),18)*gt(Y,250),160,235-20*Y/900))+60*between(X,1250,1400)*between(Y,450,560)',noise=alls=8:allf=t,gblur=sigma=1.4" 5

ffmpeg -v error -y -i "$out/nha-kinh.jpg" -vf scale=480:-1 -q:v 6 "$work/cover-b.jpg"
ffmpeg -v error -y -i "$out/ruong-lua.jpg" -vf scale=480:-1 -q:v 6 "$work/cover-p.jpg"
python3 "$(dirname "$0")/make-pdf.py" "$out/ban-tin-khoa-hoc-sang-tao.pdf" "$work/cover-b.jpg" "0.043 0.31 0.54" \
  "BAN TIN KHOA HOC VA SANG TAO" "Chuyen de: nong nghiep cong nghe cao" "Nha kinh cong nghe cao va nong nghiep thong minh" "Ngay hoi khoi nghiep doi moi sang tao"
python3 "$(dirname "$0")/make-pdf.py" "$out/so-tay-phong-chong-thien-tai.pdf" "$work/cover-p.jpg" "0.70 0.15 0.12" \
  "SO TAY PHONG CHONG THIEN TAI" "Ung dung khoa hoc va cong nghe" "cho nong dan va hop tac xa"
ls -l "$out"
