# Instruments shared by the music and the effects; sourced by generate.sh (run that, not this).
# Volumes are linear gains before the final levelling: what matters is their ratio inside a piece.

# ---- Neo-Lumen: bioluminescence. Sine glass, slow breath, long reverb.

# A glassy pad: a sine chord that swells in, with a faint triangle shimmer an octave above.
glass_pad() { # START LENGTH VOLUME "NOTES"
  ATTACK=2500 RELEASE=3500 note "$1" "$2" "$3" sine "$4" chorus 0.7 0.9 55 0.4 0.25 2 -t
  shift_octaves "$4" 1
  ATTACK=3500 RELEASE=3000 note "$1" "$2" "$3" triangle "$SHIFTED" vol 0.2 lowpass 3000
}

# A struck glass tone: exponential decay (sox's `l` fade falls 60 dB over 60% of its length),
# with an octave partial that dies twice as fast, as real glass does.
glass_bell() { # START VOLUME NOTE [RING_MS]
  local ring=${4:-4000}
  ATTACK=4 RELEASE=$ring FADE=l note "$1" 0 "$2" sine "$3"
  shift_octaves "$3" 1
  ATTACK=2 RELEASE=$((ring / 2)) FADE=l note "$1" 0 "$2" sine "$SHIFTED" vol 0.35
}

# The slow pulse of light under every Neo-Lumen scene: a low sine with its octave, soft-edged.
slow_pulse() { # START VOLUME NOTE
  shift_octaves "$3" 1
  ATTACK=90 RELEASE=1800 FADE=h note "$1" 0 "$2" sine "$3 $SHIFTED" lowpass 500
}

# A held drone. Written to last the whole loop plus its release, so the fade-out of one period
# crossfades linearly into the fade-in of the next.
drone() { # VOLUME WAVE "NOTES" [effects]
  local volume=$1 wave=$2 notes=$3
  shift 3
  ATTACK=2000 RELEASE=2000 FADE=t note 0 "${GRID:-$PIECE_TICKS}" "$volume" "$wave" "$notes" "$@"
}

# A burst of filtered noise, for chaos and for effects.
noise_burst() { # START LENGTH VOLUME LOW_HZ HIGH_HZ
  ATTACK=15 RELEASE=250 FADE=l note "$1" "$2" "$3" whitenoise - sinc "$4-$5"
}

# ---- Neo-Unity: the kaleidoscope. Plucked arpeggios, tight drums, echoes.

# Lines are written as sequences: one token per tick, a note name starts a note, `.` holds the
# previous one, `-` rests. Drum sequences use `x` (accent) and `o` (soft hit).
SEQUENCE=""

# play_sequence STEP_FUNCTION: turns SEQUENCE into steps; the function gets LENGTH and TOKEN.
play_sequence() {
  local function=$1 token current="" length=0
  begin_line
  for token in $SEQUENCE - ; do
    if [[ $token == . ]]; then
      length=$((length + 1))
      continue
    fi
    if ((length > 0)); then
      if [[ $current == - ]]; then rest "$length"; else "$function" "$length" "$current"; fi
    fi
    current=$token
    length=1
  done
  SEQUENCE=""
}

# arpeggio "NOTES" "INDEXES": appends one token per index (an index into NOTES, or . or -).
arpeggio() {
  local -a chord=($1)
  local index
  for index in $2; do
    if [[ $index == . || $index == - ]]; then
      SEQUENCE+="$index "
    else
      SEQUENCE+="${chord[index]} "
    fi
  done
}

# repeat_sequence TIMES "TOKENS"
repeat_sequence() {
  local count
  for ((count = 0; count < $1; count++)); do SEQUENCE+="$2 "; done
}

pluck_step() { # LENGTH NOTE (volume from PLUCK_VOLUME)
  RELEASE=40 step "$1" "${PLUCK_VOLUME:-0.3}" pluck "$2"
}

soft_step() { # LENGTH NOTE: a rounder triangle pluck for the calmer arpeggios
  ATTACK=6 RELEASE=9999 FADE=h step "$1" "${SOFT_VOLUME:-0.25}" triangle "$2"
}

bell_step() { # LENGTH NOTE: sine bell that decays over its step
  HIT_MS=1200 ATTACK=3 RELEASE=9999 FADE=l step "$1" "${BELL_VOLUME:-0.15}" sine "$2"
}

bass_step() { # LENGTH NOTE
  ATTACK=8 RELEASE=120 step "$1" "${BASS_VOLUME:-0.3}" sawtooth "$2" lowpass 380 lowpass 380
}

accent_volume() { # TOKEN BASE -> HIT_VOLUME: `o` is half of `x`
  if [[ $1 == o ]]; then HIT_VOLUME=$(awk -v v="$2" 'BEGIN { print v / 2 }'); else HIT_VOLUME=$2; fi
}

kick_step() { # LENGTH TOKEN
  accent_volume "$2" "${KICK_VOLUME:-0.7}"
  HIT_MS=420 ATTACK=1 RELEASE=9999 FADE=l step "$1" "$HIT_VOLUME" sine "160>42" lowpass 300
}

hat_step() { # LENGTH TOKEN
  accent_volume "$2" "${HAT_VOLUME:-0.08}"
  HIT_MS=110 ATTACK=1 RELEASE=9999 FADE=l step "$1" "$HIT_VOLUME" whitenoise - highpass 7000 highpass 5000
}

clap_step() { # LENGTH TOKEN
  accent_volume "$2" "${CLAP_VOLUME:-0.3}"
  HIT_MS=260 ATTACK=2 RELEASE=9999 FADE=l step "$1" "$HIT_VOLUME" whitenoise - sinc 900-3200
}

# A short square blip; glitches and interface sounds are built from these.
blip() { # START LENGTH VOLUME NOTE [effects]
  local start=$1 length=$2 volume=$3 notes=$4
  shift 4
  ATTACK=2 RELEASE=15 note "$start" "$length" "$volume" square "$notes" lowpass 4000 "$@"
}
