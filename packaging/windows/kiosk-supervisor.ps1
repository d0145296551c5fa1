# Keeps the kiosk on screen on Windows editions without Shell Launcher (docs/deployment.md, Windows):
# starts it full-screen and starts it again after a crash (any non-zero exit). A staff exit (exit code 0)
# or a kiosk that cannot run as configured (78: no staff PIN set) ends the loop. Waits grow from 2 s
# to 60 s while it keeps failing, and reset after a good long run.
param([string]$Kiosk = (Join-Path $PSScriptRoot "kiosk.exe"))

$wait = 2
while ($true) {
    $started = Get-Date
    $process = Start-Process -FilePath $Kiosk -ArgumentList "run", "--kiosk" -PassThru -Wait
    if ($process.ExitCode -in 0, 78) { break }
    if (((Get-Date) - $started).TotalMinutes -gt 5) { $wait = 2 }
    Start-Sleep -Seconds $wait
    $wait = [Math]::Min($wait * 2, 60)
}
