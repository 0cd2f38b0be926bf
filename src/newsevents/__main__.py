from newsevents.cli.main import main

main()
