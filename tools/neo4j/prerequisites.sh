else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
#else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
!else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
#else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Welse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
'else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
welse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
4else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
:else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
7else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
2else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
welse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
#else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
4else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
.else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
'else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
welse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
xelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
;else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
#else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
welse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
yelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
xelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
yelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
welse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
.else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
yelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
`else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
`else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
`else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
`else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
.else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
_else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
{else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
{else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
_else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
4else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
_else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
:else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
}else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
{else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
_else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
:else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
+else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
_else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
}else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
*else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
;else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
xelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
2else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
>else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
&else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
qelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
'else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
7else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
2else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
.else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
'else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
;else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
0else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
;else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
}else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
=else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
_else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
+else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
=else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
7else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
>else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
|else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
+else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
=else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
{else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
#else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
@else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
}else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
qelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
0else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
&else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
&else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
xelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
0else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
>else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
;else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
'else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
{else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
*else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
}else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
'else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
4else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
7else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
=else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
0else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
;else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
=else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
;else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
=else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
;else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
qelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
qelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
_else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
=else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
yelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
qelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
qelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
{else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
@else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
}else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
>else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
'else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
4else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
:else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
{else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
*else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
7else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
-else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
7else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
2else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
}else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
\else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
$else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
{else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
[else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
*else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
]else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
/else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
}else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
>else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
&else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
2else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
7else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
2else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
helse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
3else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
.else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
6else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
+else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
yelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
yelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
'else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
gelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
\else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
(else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
celse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
:else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
belse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
welse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
lelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
pelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
delse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
kelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
@else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
7else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
melse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
velse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
)else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
,else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
selse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
4else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
_else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
aelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
Nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
4else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
jelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
yelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
uelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
relse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
oelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
welse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
nelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
.else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
"else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
>else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
&else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
2else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
eelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
xelse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
telse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
 else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
1else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
felse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
ielse
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1

else
  echo "The project's Neo4j needs a Java 17 or 21 (JDK or JRE) and Apache Maven 3.6 or newer;" \
       "missing here (Debian names): ${missing[*]}." >&2
  echo "Install them from your system's packages (macOS: brew install openjdk@17 maven)," \
       "or set NEO4J_URI to a Neo4j of your own." >&2
  exit 1
