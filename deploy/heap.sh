# shellcheck shell=sh
# Sourced by deploy/start.sh and, in the image, by /app/entrypoint.sh: one check of JAVA_HEAP for both.
# jvm.options fixes the young generation at half the *initial* heap: -Xmx alone would leave it at a few hundred MB.
check_java_heap() {
  case " ${JAVA_HEAP:-} " in
    *" -Xmx"*) case " $JAVA_HEAP " in *" -Xms"*) ;; *) echo "JAVA_HEAP: give -Xms as -Xmx (e.g. -Xms8g -Xmx8g)" >&2; exit 64 ;; esac ;;
  esac
}
