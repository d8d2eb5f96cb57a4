#!/usr/bin/env bash
# Installs what vitae needs from Debian/Ubuntu packages, skipping those already present:
# Chromium to print PDFs, fonts (Noto, with CJK and emoji), poppler-utils to check PDFs' text,
# TeX Live with xelatex and latexmk to compile the LaTeX output, LibreOffice Writer (headless, no
# GUI) to check that the Word output opens and shows all its text, and git, whose last commit of a
# source dates its PDF. With --no-tex, only what `vitae build` itself uses (Chromium, the fonts,
# git): a machine that builds many CVs and compiles none of their LaTeX.
set -euo pipefail

packages=(
  chromium
  fonts-noto-core
  fonts-noto-cjk
  fonts-wqy-microhei
  fonts-noto-color-emoji
  git
)
if [ "${1:-}" != "--no-tex" ]; then
  packages+=(
    poppler-utils
    texlive-xetex
    texlive-latex-recommended
    texlive-latex-extra
    texlive-fonts-recommended
    texlive-lang-cjk
    texlive-lang-chinese
    latexmk
    libreoffice-writer-nogui
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "system packages: installing ${missing[*]}"
$sudo apt-get update -qq
# --no-install-recommends keeps out the AR PL fonts that TeX Live's CJK packages recommend:
# Chromium would fall back to their Kai style for Chinese in an English page.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
