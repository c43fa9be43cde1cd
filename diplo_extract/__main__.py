from diplo_extract.cli import main

main()
