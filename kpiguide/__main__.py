from kpiguide.cli import main

main()
