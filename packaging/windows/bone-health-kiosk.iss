; Inno Setup 6 script: the Windows installer for the Bone Health Kiosk.
;
; Build the app first, then the installer (the GitHub workflow does both):
;   python scripts\build_dist.py --no-archive
;   iscc /DAppVersion=0.1.0 packaging\windows\bone-health-kiosk.iss
; The version comes from kiosk\__init__.py: python -c "import kiosk; print(kiosk.__version__)".
; Output: dist\bone-health-kiosk-<version>-setup.exe.
;
; kiosk.toml and a content\ folder beside kiosk.exe belong to the clinic: the installer never ships
; them, and upgrading or uninstalling leaves them in place.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\bone-health-kiosk.iss
#endif
#define AppName "Bone Health Kiosk"
#define AppSlug "bone-health-kiosk"

[Setup]
AppId={{AEF499C0-B4F2-47D5-97E0-DBE1A54F8264}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppSlug}-{#AppVersion}-setup
SetupIconFile=..\icons\{#AppSlug}.ico
UninstallDisplayIcon={app}\kiosk.exe
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "autostart"; Description: "Start full-screen when anyone signs in, and restart after a crash (waiting-room screen)"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no file of an older version lingers (settings stay).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\kiosk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "kiosk-supervisor.ps1"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\kiosk.exe"
Name: "{group}\{#AppName} (kiosk mode)"; Filename: "{app}\kiosk.exe"; Parameters: "run --kiosk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kiosk.exe"; Tasks: desktopicon
; The supervisor starts the kiosk full-screen and restarts it after a crash (see kiosk-supervisor.ps1).
Name: "{commonstartup}\{#AppName}"; Filename: "{sys}\WindowsPowerShell\v1.0\powershell.exe"; Parameters: "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File ""{app}\kiosk-supervisor.ps1"""; IconFilename: "{app}\kiosk.exe"; Tasks: autostart

[Run]
Filename: "{app}\kiosk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
