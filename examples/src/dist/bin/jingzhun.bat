@echo off
rem Jingzhun's command line: "jingzhun help" lists the commands.
rem
rem Runs from any directory. The Java used is %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the java on the
rem PATH (Java 17 or later). JAVA_OPTS is passed to it:
rem   set JAVA_OPTS=-Xmx256m
rem   jingzhun assess --year 2019 < households.ndjson > decisions.ndjson
rem No parenthesised blocks below: a path such as "C:\Program Files (x86)" would end them early.

setlocal
set "JINGZHUN_HOME=%~dp0.."
set "JAVA_EXE=java.exe"
if not defined JAVA_HOME goto javaOnPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto run
echo jingzhun: JAVA_HOME is set to "%JAVA_HOME%", which has no bin\java.exe; unset it or point it at a Java 17 or later 1>&2
exit /b 3

:javaOnPath
where java.exe >nul 2>nul
if %ERRORLEVEL% equ 0 goto run
echo jingzhun: no java on the PATH; install Java 17 or later, or set JAVA_HOME 1>&2
exit /b 3

:run
"%JAVA_EXE%" %JAVA_OPTS% -jar "%JINGZHUN_HOME%\lib\jingzhun.jar" %*
exit /b %ERRORLEVEL%
