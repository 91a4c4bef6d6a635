from accelerator.app import main

main()
