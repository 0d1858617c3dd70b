from claimcheck.main import main

main()
